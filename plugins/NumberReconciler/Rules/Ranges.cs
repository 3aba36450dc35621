using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

// Ranges: two figures joined by a dash, "to", "and" after "between", or "or"; both ends in the order written.
//   between 100 and 140 · 100-140 · from 4.8 to 4.7 percent · from 208 pounds to 193 · $89 to $93 billion
//   three or four years · 2-0 · 8- to 16-meter (a suspended hyphen: the first end takes the second's unit)
//   but "increased by $43.6 billion to $419.2 billion" is a change and a level
internal static partial class QuantityExtractor
{
    /// <summary><c>between 100 and 140 people</c>, <c>from 4.8 to 4.7 percent</c>, <c>100-140</c>, <c>three or four years</c>, <c>2-0</c>: one quantity with both ends, in the order written.</summary>
    private static List<Quantity> JoinRanges(string text, List<Quantity> found) => JoinPairs(found, (first, second) =>
    {
        var gap = GapAfterUnit(text, first, second); // "from 208 pounds to 193"
        var before = text.AsSpan(Math.Max(0, first.Span.Start - 12), Math.Min(12, first.Span.Start));
        if (first.IsRange || second.IsRange || RangeJoint().Match(gap.ToString()) is not { Success: true } joint || joint.Length != gap.Length
            || (ChangeBy().IsMatch(before) && first.UnitText is not null) // "by $43.6 billion to $419.2 billion": a change, then the level
            || (joint.Value.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && !Between().IsMatch(before))
            || (first.Unit is not null && second.Unit is not null && Measured(first.Unit) != Measured(second.Unit)) // "from 44 ml to 50 mg": two figures, not a range
            || !(joint.Groups["dash"].Success || RangeOpener().IsMatch(before) || first.Unit is null || first.Unit == second.Unit))
        {
            return null;
        }

        var lent = first.Scale == 1 && second.Scale > 1 && first.Low * second.Scale <= second.Low * 10 ? second.Scale : 1;
        return second with
        {
            Span = TextSpan.FromBounds(first.Span.Start, second.Span.End),
            Low = first.Low * lent,
            High = second.Low,
            Qualifier = first.Qualifier is "up" or "down" or "approximate" ? first.Qualifier : "exact", // "dropped by 1 to 1.5 degrees", "about 14-18 mpg"
            UnitText = second.UnitText ?? first.UnitText,
            Unit = second.Unit ?? first.Unit,
        };
    });

    /// <summary>What a unit measures in, before any rate: <c>dollar</c> of <c>dollar per share</c> (<c>between $62 and $68 per share</c> is one range).</summary>
    private static string Measured(string unit) => unit.IndexOf(" per ", StringComparison.Ordinal) is var per and > 0 ? unit[..per] : unit;

    [GeneratedRegex(@"^(?:-\s(?=(?:to|or)\s))?\s?(?:(?<dash>-|–|—)|to|and|or)\s?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeJoint();

    [GeneratedRegex(@"\bbetween\s\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Between();

    [GeneratedRegex(@"\bby\s(?:about\s|some\s)?\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeBy();

    [GeneratedRegex(@"\b(?:between|from|range of|ranging from)\s(?:up\sto\s|about\s)?\$?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeOpener();
}
