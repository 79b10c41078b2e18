namespace ZoneExtract.Recognition.Numbers;

/// <summary>
/// Reads one numeral at a given index of width-folded text and computes its exact decimal value:
/// Arabic digits with thousands separators and decimals (1,100.9), Chinese numerals and financial
/// capitals (一百二十, 壹佰贰拾), digit strings (二〇二〇), mixed forms (3千万, 1.2万亿), 点 decimals
/// (六点四), approximations inside the numeral (10余亿, 两百多万, 5万多, 十几), adjacent-digit
/// ranges (八九亿, and the colloquial 三五百), 兆 (10^12, traditional texts) and the k / w suffixes of
/// Arabic figures (15k → 15000, 30w → 300000). Arithmetic is decimal only; an absurd magnitude (a 40-digit number) is reported as
/// dropped, never thrown.
/// </summary>
internal static class NumeralScanner
{
    private const decimal Limit = ExactArithmetic.Limit;
    private const int MaxIntegerDigits = 24;
    private const int MaxFractionDigits = 12;

    /// <summary>
    /// Scans a numeral starting exactly at <paramref name="start"/>.
    /// </summary>
    /// <param name="text">Width-folded text.</param>
    /// <param name="start">Where the numeral must begin.</param>
    /// <param name="integerOnly">Dates: no decimal point, no thousands separator, no approximation.</param>
    /// <param name="numeral">The numeral when the result is true.</param>
    /// <param name="end">How far the scanner read, also when the numeral was dropped, so that callers can
    /// skip the whole run instead of re-reading its tail as a new number.</param>
    /// <returns>True when a valid numeral starts at <paramref name="start"/>.</returns>
    public static bool TryScan(string text, int start, bool integerOnly, out Numeral numeral, out int end)
    {
        numeral = default;
        end = start;
        if (start >= text.Length || !CanStart(text, start)) return false;
        var state = new State(text, start, integerOnly);
        var ok = state.Run();
        end = Math.Max(state.Position, start + 1);
        if (!ok) return false;
        numeral = state.Result();
        return true;
    }

    /// <summary>True for a character that can begin or continue a numeral (used to find run starts).</summary>
    public static bool IsNumeralChar(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);

    /// <summary>
    /// The end of the run of characters that a scan starting in it may read (numeral characters, thousands separators,
    /// decimal points, 余 / 多 / 几 and the k / w suffixes): no scan from inside the run ends past it, so a caller can
    /// see from the run and the character after it whether any numeral starting in it could be followed by what the
    /// caller needs, before paying for a scan.
    /// </summary>
    public static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (IsNumeralChar(text[end]) || text[end] is ',' or '.' or 'k' or 'K' or 'w' or 'W' or '余' or '多' or '几' or '点' or '點'))
            end++;
        return end;
    }

    private static bool CanStart(string text, int start)
    {
        var c = text[start];
        if (char.IsAsciiDigit(c) || ChineseNumerals.IsDigit(c)) return true;
        if (ChineseNumerals.SmallUnit(c) == 0) return false;
        // 十万 / 百亿 may open a numeral, but not after 几 / 数 / 上 / 成 / 好 (几十亿, 数百万, 上千): those
        // multiples have no exact base (the contract makes them optional), so no value is invented.
        return start == 0 || text[start - 1] is not ('几' or '数' or '上' or '成' or '好');
    }

    /// <summary>The running state of one scan; a struct so that scanning allocates nothing.</summary>
    private struct State
    {
        private readonly string _text;
        private readonly bool _integerOnly;
        private readonly int _start;
        private decimal _high, _total, _section, _current;
        private bool _hasCurrent, _lastWasUnit, _approximate, _hasFraction, _anyUnit, _arabic;
        private int _plainDigits, _rangeLow, _rangeHigh;
        private decimal _trailingScale, _lastUnit, _largeScale;
        private bool _lastWasLarge, _anyLarge;
        private bool _lastGroupSingleAfterUnit, _anyDigitAfterRange;

        public State(string text, int start, bool integerOnly)
        {
            _text = text;
            _start = start;
            _integerOnly = integerOnly;
            Position = start;
            _trailingScale = 1m;
            _largeScale = 1m;
        }

        public int Position { get; private set; }

        public bool Run()
        {
            if (char.IsAsciiDigit(_text[Position]))
            {
                if (!ReadArabic()) return false;
                _arabic = true;
                if (!_integerOnly && LetterScale() is var letter and > 0 && !TryAddLetterScale(letter)) return false;
            }
            while (Position < _text.Length)
            {
                var c = _text[Position];
                if (ChineseNumerals.IsDigit(c))
                {
                    if (_arabic || _hasCurrent || _approximate) break;
                    if (!ReadChineseDigits()) return false;
                }
                else if (ChineseNumerals.SmallUnit(c) is var small and > 0)
                {
                    if (_approximate || _hasFraction && !_hasCurrent || IsPercentagePointWord(Position)) break;
                    if (!TryAddSmallUnit(small)) return false;
                }
                else if (ChineseNumerals.LargeUnit(c) is var large and > 0)
                {
                    if (_high + _total + _section + _current == 0) break; // 万元 with no amount before it
                    if (!TryAddLargeUnit(large)) return false;
                }
                else if (IsApproximation(c))
                {
                    _approximate = true;
                    _plainDigits = 0;
                    Position++;
                }
                else if (c is '点' or '點' && !_integerOnly && !_hasFraction && (_hasCurrent || _lastWasUnit) && !_arabic
                         && Position + 1 < _text.Length && ChineseNumerals.IsDigit(_text[Position + 1]))
                {
                    if (!ReadChineseFraction()) return false;
                }
                else break;
                if (!InRange(_high) || !InRange(_total) || !InRange(_section) || !InRange(_current)) return false;
            }
            if (_rangeHigh > 0 && _anyDigitAfterRange) return false;
            return Position > _start && (_hasCurrent || _anyUnit);
        }

        public readonly Numeral Result()
        {
            var current = _current;
            // Colloquial trailing digit: 一百二 = 120, 三千五 = 3500, 一万二 = 12000.
            if (_lastGroupSingleAfterUnit && _hasCurrent && _lastUnit >= 100) current *= _lastUnit / 10;
            var value = _high + _total + _section + current;
            decimal? max = _rangeHigh > 0 ? value / _rangeLow * _rangeHigh : null;
            var largeScale = _lastWasUnit && _lastWasLarge ? _largeScale : 1m;
            return new Numeral(_start, Position, value, max, _trailingScale, _approximate, _plainDigits, _hasFraction, largeScale, _anyLarge);
        }

        /// <summary>0.5百分点, 七十百分位: 百 starts a word in 百分 here, it does not multiply the number.</summary>
        private readonly bool IsPercentagePointWord(int index) =>
            _text[index] is '百' && index + 1 < _text.Length && _text[index + 1] == '分';

        /// <summary>k (10^3) or w (10^4, 万) right after Arabic digits and not part of a word (15k元, but not 5kg, 4K电视 is read but has no unit).</summary>
        private readonly decimal LetterScale()
        {
            if (Position >= _text.Length) return 0m;
            var scale = _text[Position] switch
            {
                'k' or 'K' => 1_000m,
                'w' or 'W' => 10_000m,
                _ => 0m,
            };
            var next = Position + 1 < _text.Length ? _text[Position + 1] : '\0';
            return char.IsAsciiLetterOrDigit(next) ? 0m : scale;
        }

        /// <summary>10k, 5w: the scale multiplies the amount; false when the amount would pass the limit.</summary>
        private bool TryAddLetterScale(decimal scale)
        {
            if (_current > Limit / scale) return false;
            _current *= scale;
            _trailingScale = scale;
            if (scale >= 10_000m)
            {
                _largeScale = scale;
                _lastWasLarge = true;
                _anyLarge = true;
            }
            _lastWasUnit = true;
            _anyUnit = true;
            _plainDigits = 0;
            Position++;
            return true;
        }

        private readonly bool IsApproximation(char c)
        {
            if (_integerOnly || _approximate || _hasFraction && !_arabic) return false;
            return c switch
            {
                // 10余亿, 3000多, 两百多万, 5万多: after Arabic digits or a unit, never after a lone Chinese digit (一多).
                '余' or '多' => _arabic && _hasCurrent || _lastWasUnit,
                // 十几, 三十几 (几 after a unit; 几十 with no base is not a numeral).
                '几' => _lastWasUnit,
                _ => false,
            };
        }

        private bool ReadArabic()
        {
            decimal integer = 0, fraction = 0, fractionScale = 1;
            int digits = 0, fractionDigits = 0;
            var separated = false;
            var tooLong = false;
            var text = _text;
            while (Position < text.Length)
            {
                var c = text[Position];
                if (char.IsAsciiDigit(c))
                {
                    if (++digits > MaxIntegerDigits) tooLong = true;
                    else integer = integer * 10 + (c - '0');
                    Position++;
                }
                else if (c == ',' && !_integerOnly && digits > 0 && IsThousandsGroup(Position + 1))
                {
                    separated = true;
                    Position++;
                }
                else break;
            }
            if (!_integerOnly && Position + 1 < text.Length && text[Position] == '.' && char.IsAsciiDigit(text[Position + 1]))
            {
                Position++;
                while (Position < text.Length && char.IsAsciiDigit(text[Position]))
                {
                    if (++fractionDigits > MaxFractionDigits) tooLong = true;
                    else
                    {
                        fraction = fraction * 10 + (text[Position] - '0');
                        fractionScale *= 10;
                    }
                    Position++;
                }
                _hasFraction = true;
            }
            if (tooLong || integer > Limit) return false;
            _current = integer + fraction / fractionScale;
            _hasCurrent = true;
            _plainDigits = separated || _hasFraction ? 0 : digits;
            return true;
        }

        /// <summary>A thousands separator is followed by exactly three digits (1,100.9 but not 2018,2019).</summary>
        private readonly bool IsThousandsGroup(int index)
        {
            var text = _text;
            if (index + 3 > text.Length) return false;
            for (var k = index; k < index + 3; k++)
            {
                if (!char.IsAsciiDigit(text[k])) return false;
            }
            return index + 3 == text.Length || !char.IsAsciiDigit(text[index + 3]);
        }

        private bool ReadChineseDigits()
        {
            var text = _text;
            var first = Position;
            while (Position < text.Length && ChineseNumerals.IsDigit(text[Position])) Position++;
            var length = Position - first;
            if (length > MaxIntegerDigits) return false;
            if (_rangeHigh > 0) _anyDigitAfterRange = true;
            var d1 = ChineseNumerals.DigitValue(text[first]);
            var opensNumeral = !_anyUnit && _total == 0 && _section == 0;
            var d2 = length == 2 ? ChineseNumerals.DigitValue(text[first + 1]) : -1;
            if (length == 2 && opensNumeral && !_integerOnly && d1 > 0 && (d2 == d1 + 1 || IsThreeOrFive(d1, d2, Position)))
            {
                // 八九亿, 三四十万, 两三: two neighbouring digits make a range.
                _current = d1;
                _rangeLow = d1;
                _rangeHigh = d2;
            }
            else
            {
                decimal value = 0;
                for (var k = first; k < Position; k++) value = value * 10 + ChineseNumerals.DigitValue(text[k]);
                _current = value;
            }
            _lastGroupSingleAfterUnit = length == 1 && _lastWasUnit;
            _plainDigits = opensNumeral ? length : 0;
            _hasCurrent = true;
            _lastWasUnit = false;
            return true;
        }

        private bool ReadChineseFraction()
        {
            Position++; // 点
            var text = _text;
            decimal fraction = 0, scale = 1;
            var digits = 0;
            while (Position < text.Length && ChineseNumerals.IsDigit(text[Position]))
            {
                if (++digits > MaxFractionDigits) return false;
                fraction = fraction * 10 + ChineseNumerals.DigitValue(text[Position]);
                scale *= 10;
                Position++;
            }
            _current += fraction / scale;
            _hasFraction = true;
            _plainDigits = 0;
            _lastGroupSingleAfterUnit = false;
            return true;
        }

        /// <summary>三五百块, 三五千: "three to five" before a unit (三五 alone is too often part of a name or list).</summary>
        private readonly bool IsThreeOrFive(int d1, int d2, int after) =>
            d1 == 3 && d2 == 5 && after < _text.Length && ChineseNumerals.SmallUnit(_text[after]) > 0;

        /// <summary>十, 百, 千 after a digit (or alone: 十五); false when the amount or the scale would pass the limit (千千千…).</summary>
        private bool TryAddSmallUnit(int unit)
        {
            var multiplier = _hasCurrent ? _current : 1m;
            if (multiplier > Limit / unit || _section > Limit - multiplier * unit) return false;
            var trailing = _lastWasUnit ? _trailingScale : 1m;
            if (trailing > Limit / unit) return false;
            _section += multiplier * unit;
            _current = 0;
            _trailingScale = trailing * unit;
            EndUnit(unit);
            return true;
        }

        /// <summary>
        /// 万 closes the section below 亿; 亿 closes everything before it since the last 兆 (1.2万亿 = 1.2·10^12);
        /// 兆 closes everything (四十九兆九千五百九十二億 = 49·10^12 + 9592·10^8). False on overflow, also when the
        /// scales would pass the limit (一千千千千千千千千万万: the amount stays small, the trailing scale does not).
        /// </summary>
        private bool TryAddLargeUnit(decimal unit)
        {
            if (_lastWasUnit && _trailingScale > Limit / unit) return false;
            if (_lastWasUnit && _lastWasLarge && _largeScale > Limit / unit) return false;
            if (unit == 10_000m)
            {
                if (_section + _current > Limit / unit) return false;
                _section = (_section + _current) * unit;
            }
            else if (unit == 100_000_000m)
            {
                if (_total + _section + _current > Limit / unit) return false;
                _total = (_total + _section + _current) * unit;
                _section = 0;
            }
            else
            {
                if (_high + _total + _section + _current > Limit / unit) return false;
                _high = (_high + _total + _section + _current) * unit;
                _total = _section = 0;
            }
            _current = 0;
            _trailingScale = _lastWasUnit ? _trailingScale * unit : unit;
            _largeScale = _lastWasUnit && _lastWasLarge ? _largeScale * unit : unit;
            EndUnit(unit);
            _lastWasLarge = true;
            _anyLarge = true;
            return true;
        }

        private void EndUnit(decimal unit)
        {
            _lastWasLarge = false;
            _hasCurrent = false;
            _lastWasUnit = true;
            _anyUnit = true;
            _lastUnit = unit;
            _plainDigits = 0;
            _lastGroupSingleAfterUnit = false;
            Position++;
        }

        private static bool InRange(decimal value) => value <= Limit;
    }
}
