namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Whether a few characters look like a Chinese person's name on their own: two or three ideographs led by a common
/// surname (compound surnames included), that are neither common vocabulary nor a place at any level (高峰 the word, 江阴 the
/// city, 黄埔 the district).
/// </summary>
internal sealed class PersonNameShape(NameResources names)
{
    public bool Fits(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length is < 2 or > 3 || names.Lexicons.SurnameLength(candidate) == 0) return false;
        foreach (var c in candidate) if (!Text.CharClass.IsIdeograph(c)) return false;
        return !names.Common.IsCommon(candidate) && !names.AllPlaces.All.Contains(candidate);
    }
}
