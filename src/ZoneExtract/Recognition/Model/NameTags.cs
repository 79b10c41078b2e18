namespace ZoneExtract.Recognition.Model;

/// <summary>
/// The BIO tag set of the name model: O, then B-/I- for COMPANY, ORG, PERSON and LOC. Tag 2k+1 begins
/// label k, tag 2k+2 continues it.
/// </summary>
internal static class NameTags
{
    public static readonly EntityLabel[] Labels = [EntityLabel.Company, EntityLabel.Organization, EntityLabel.Person, EntityLabel.Location];

    public const int Outside = 0;

    public static int Count => 1 + 2 * Labels.Length;

    public static int Begin(int label) => 1 + 2 * label;

    public static int Inside(int label) => 2 + 2 * label;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static int LabelOf(int tag) => (tag - 1) / 2;

    public static int LabelIndex(EntityLabel label) => Array.IndexOf(Labels, label);

    /// <summary>Tag names as training data carries them (O, B-COMPANY, I-COMPANY, …).</summary>
    public static string Name(int tag) => tag == Outside
        ? "O"
        : (IsInside(tag) ? "I-" : "B-") + EntityLabelNames.ToName(Labels[LabelOf(tag)]);
}
