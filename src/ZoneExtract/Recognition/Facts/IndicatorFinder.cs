using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the indicators named in one sentence: shares written 占+whole before a percentage (占园区产值总量的15.7%),
/// then names of the lexicon, longest first from the right, each extended to the left over qualifiers (区外境外,
/// 规上) and over a sector noun (电子信息产业产值, 软件和信息技术服务业总收入). A name in brackets right after
/// another (地区生产总值(GDP)) is an abbreviation of it, not a second indicator.
/// </summary>
internal sealed class IndicatorFinder(IndicatorLexicon lexicon)
{
    /// <summary>Longest whole of a share (占+whole), and longest extension of a name to its left.</summary>
    private const int MaxShareWhole = 12;
    private const int MaxExtension = 14;

    /// <summary>The mentions of [start, end) in text order.</summary>
    /// <param name="text">The width-folded text.</param>
    /// <param name="start">Sentence start.</param>
    /// <param name="end">Sentence end.</param>
    /// <param name="percentStarts">Where PERCENT entities start (a share ends right before one).</param>
    /// <param name="entityEnds">Where entities end (an extension never crosses into one).</param>
    public List<IndicatorMention> Find(string text, int start, int end, ISet<int> percentStarts, ISet<int> entityEnds)
    {
        var mentions = FindShares(text, start, end, percentStarts);
        var position = end;
        while (position > start)
        {
            if (!lexicon.Names.TryLongestEndingAt(text, position, 2, out var nameStart, out var kind) || nameStart < start)
            {
                position--;
                continue;
            }
            if (Overlaps(mentions, nameStart, position) || IsBracketed(text, nameStart))
            {
                position = nameStart;
                continue;
            }
            var extended = ExtendLeft(text, nameStart, start, entityEnds);
            mentions.Add(new IndicatorMention(extended, position, kind));
            position = extended;
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>占 + a whole of ideographs + optional 的, right before a percentage: the share is the indicator.</summary>
    private static List<IndicatorMention> FindShares(string text, int start, int end, ISet<int> percentStarts)
    {
        var shares = new List<IndicatorMention>();
        for (var i = start; i < end; i++)
        {
            if (text[i] != '占') continue;
            var j = i + 1;
            while (j < end && j - i <= MaxShareWhole && CharClass.IsIdeograph(text[j]) && !percentStarts.Contains(j)) j++;
            if (j >= end || !percentStarts.Contains(j)) continue;
            var wholeEnd = text[j - 1] == '的' ? j - 1 : j;
            if (wholeEnd > i + 1) shares.Add(new IndicatorMention(i, wholeEnd, IndicatorKind.Rate));
        }
        return shares;
    }

    private int ExtendLeft(string text, int nameStart, int limit, ISet<int> entityEnds)
    {
        var position = nameStart;
        while (position > limit && !entityEnds.Contains(position))
        {
            if (lexicon.Qualifiers.TryLongestEndingAt(text, position, 1, out var qualifierStart, out _) && qualifierStart >= limit)
            {
                position = qualifierStart;
                continue;
            }
            if (IsSectorEnd(text, position)) return ExtendOverSector(text, position, Math.Max(limit, nameStart - MaxExtension), entityEnds);
            break;
        }
        return position;
    }

    /// <summary>A sector noun ends at <paramref name="position"/> (…产业, …服务业) and is not a holder word (企业).</summary>
    private bool IsSectorEnd(string text, int position)
    {
        foreach (var suffix in lexicon.SectorSuffixes)
        {
            if (position - suffix.Length - 1 < 0 || !text.AsSpan(position - suffix.Length, suffix.Length).SequenceEqual(suffix)) continue;
            return !lexicon.NotSectors.TryLongestEndingAt(text, position, 2, out _, out _);
        }
        return false;
    }

    /// <summary>Takes ideographs to the left until an entity, a boundary word (完成, 其中, 的) or the limit.</summary>
    private int ExtendOverSector(string text, int position, int limit, ISet<int> entityEnds)
    {
        while (position > limit && CharClass.IsIdeograph(text[position - 1]) && !entityEnds.Contains(position)
               && !lexicon.Boundaries.TryLongestEndingAt(text, position, 1, out _, out _))
        {
            position--;
        }
        return position;
    }

    private static bool Overlaps(List<IndicatorMention> mentions, int start, int end) => mentions.Exists(m => m.Start < end && start < m.End);

    private static bool IsBracketed(string text, int start) => start > 0 && text[start - 1] is '(' or '（';
}
