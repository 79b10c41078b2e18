using System.Globalization;

namespace ZoneExtract.Evaluation.Html;

/// <summary>Counted nouns for the pages' summaries.</summary>
internal static class Wording
{
    /// <summary>"1 entity", "1,234 entities".</summary>
    public static string Count(int count, string one, string many) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);
}
