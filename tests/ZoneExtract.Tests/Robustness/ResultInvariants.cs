using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Robustness;

/// <summary>
/// What every extraction result must satisfy, whatever the input: the span and value contract. Shared with
/// the fuzzing target (tests/ZoneExtract.Fuzz), so it throws its own exception rather than a test framework's.
/// </summary>
internal static class ResultInvariants
{
    public static void Check(string text, ExtractionResult result)
    {
        if (!ReferenceEquals(result.Text, text)) throw new InvariantViolationException("result.Text is not the input string");
        var previousStart = -1;
        foreach (var token in result.Tokens)
        {
            CheckSlice(text, token.Start, token.Length, token.Text, "token");
            if (token.Start < previousStart) throw new InvariantViolationException($"tokens out of order at {token.Start}");
            previousStart = token.Start;
        }
        previousStart = -1;
        foreach (var entity in result.Entities)
        {
            CheckSlice(text, entity.Start, entity.Length, entity.Text, entity.Label.ToString());
            if (entity.Start < previousStart) throw new InvariantViolationException($"entities out of order at {entity.Start}");
            previousStart = entity.Start;
            CheckValue(entity);
            EntityValues.ToGoldValue(entity); // must format without throwing
        }
    }

    private static void CheckSlice(string text, int start, int length, string slice, string what)
    {
        if (start < 0 || length <= 0 || start + length > text.Length)
        {
            throw new InvariantViolationException($"{what} [{start}, {start + length}) is outside the text of {text.Length}");
        }
        if (string.CompareOrdinal(text, start, slice, 0, Math.Max(length, slice.Length)) != 0)
        {
            throw new InvariantViolationException($"{what} text '{slice}' is not the input slice at {start}");
        }
    }

    private static void CheckValue(Entity entity)
    {
        var signed = entity.Text.Length > 0 && entity.Text[0] is '-' or '−' or '－' or '负' or '+' or '＋';
        switch (entity)
        {
            case MoneyEntity money:
                Require(signed || money.Amount >= 0, money, "negative amount");
                Require(money.AmountMax is null || money.AmountMax >= money.Amount, money, "amount_max below amount");
                Require(money.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper), money, "currency is not an ISO code");
                break;
            case PercentEntity percent:
                Require(signed || percent.Value >= 0, percent, "negative percentage");
                Require(percent.MaxValue is null || percent.MaxValue >= percent.Value, percent, "max below value");
                break;
            case DateEntity date:
                Require((date.First is null) == (date.Last is null), date, "half-resolved date");
                Require(date.First is null || date.First <= date.Last, date, "date First after Last");
                break;
        }
    }

    private static void Require(bool condition, Entity entity, string problem)
    {
        if (!condition) throw new InvariantViolationException($"{problem}: {entity}");
    }
}

/// <summary>A result that breaks the span or value contract.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
