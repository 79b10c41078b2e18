namespace ZoneExtract.Recognition.Numbers;

/// <summary>
/// A numeral found in the folded text, [<see cref="Start"/>, <see cref="End"/>), with its exact value.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character.</param>
/// <param name="Value">The value (the lower bound of an adjacent-digit range such as 八九亿).</param>
/// <param name="MaxValue">The upper bound of an adjacent-digit range (八九亿 → 9亿), otherwise null.</param>
/// <param name="TrailingScale">The product of the units that end the numeral (亿 → 10^8, 千万 → 10^7, none → 1);
/// a range's bare first part borrows it (5-10亿 → 5亿).</param>
/// <param name="IsApproximate">余 / 多 / 几 inside the numeral (10余亿, 两百多万, 十几).</param>
/// <param name="PlainDigits">For a bare digit string (2020, 二〇二〇) its number of digits, otherwise 0.</param>
/// <param name="HasFraction">A decimal part was written (6.4, 六点四).</param>
/// <param name="LargeScale">The product of the large units (万, 亿, 兆, w) that end the numeral (一百五十万 → 10^4,
/// 九百亿 → 10^8), 1 when it does not end in one; a range's first part without a large unit borrows it (一百二十到一百五十万).</param>
/// <param name="HasLargeUnit">万, 亿, 兆 or w occurs anywhere in the numeral.</param>
internal readonly record struct Numeral(
    int Start, int End, decimal Value, decimal? MaxValue, decimal TrailingScale, bool IsApproximate, int PlainDigits, bool HasFraction,
    decimal LargeScale = 1m, bool HasLargeUnit = false)
{
    /// <summary>An exact whole number: no fraction, no approximation, no range.</summary>
    public bool IsExactInteger => !HasFraction && !IsApproximate && MaxValue is null && decimal.Truncate(Value) == Value;

    /// <summary>The value as an int when it is an exact whole number in [min, max], otherwise -1.</summary>
    public int AsInt(int min, int max) =>
        IsExactInteger && Value >= min && Value <= max ? (int)Value : -1;
}
