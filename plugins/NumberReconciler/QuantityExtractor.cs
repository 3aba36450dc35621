using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Finds quantities: numerals (<c>Rules/Numerals.cs</c>) and number words (<c>Rules/NumberWords.cs</c>) that are not
/// dates, clock times, years or names (<c>Rules/NonQuantities.cs</c>), each with its qualifier
/// (<c>Rules/Qualifiers.cs</c>) and what it counts (<c>Rules/CountedNouns.cs</c>, units from <c>Lexicon/</c>); then
/// the passes of <see cref="Passes"/> over them all, in order. A new family is a file in <c>Rules/</c> and a line here.
/// </summary>
internal static partial class QuantityExtractor
{
    /// <summary>The passes over a text's quantities, in order: each joins or completes what a figure alone cannot tell.</summary>
    private static readonly Func<string, List<Quantity>, List<Quantity>>[] Passes =
    [
        JoinRanges,             // Rules/Ranges.cs: between 100 and 140, 100-140, three or four years, 2-0
        JoinRatios,             // Rules/Ratios.cs: one in three, 1 out of 10
        ShareUnits,             // Rules/SharedUnits.cs: 280 million of the 1.5 billion shekels
        InheritIntoConversions, // Rules/Conversions.cs: just under 296 hp (224 kW / 300 PS)
    ];

    public static List<Quantity> Extract(TextLayer layer, IReadOnlyList<TextSpan> excluded, CancellationToken cancellationToken = default)
    {
        var text = layer.Text;
        var found = new List<Quantity>();
        var dates = new SpanIndex<TextSpan>(excluded, s => s);
        foreach (var m in Numerals(text))
        {
            cancellationToken.ThrowIfCancellationRequested(); // a call past its timeout stops within one number
            var span = new TextSpan(m.Index, m.Length);
            if (dates.Overlaps(span) || LooksLikeYear(m, text) || IsClockTime(text, m) || EndsDateRange(text, span, dates))
            {
                continue;
            }

            var first = m.Groups["sign"].Success ? m.Groups["sign"].Index : m.Groups["number"].Index;
            var currency = m.Groups["minus"].Success || m.Groups["sub"].Success ? null : UnitNames.CurrencyBefore(text, first);
            if (currency is null && ((m.Index > 0 && char.IsLetter(text[m.Index - 1])) || NamesSomething(layer, m)))
            {
                continue; // a name or a code (B12, iPhone 11, FTSE 100, Game 7, 96th, 2018s, 575 Wilbraham Road), not a quantity
            }

            if (currency is { } c)
            {
                span = TextSpan.FromBounds(span.Start - c.Length, span.End);
            }

            var scaleWord = m.Groups["scale"].Value;
            var scale = scaleWord switch
            {
                "M" => 1e6,
                "B" => 1e9,
                "k" or "K" when ThousandOf(text, m.Groups["scale"]) => 1e3, // "0.5k miles"
                _ => Scale(scaleWord, currency is not null),
            };
            if (scale == 1 && m.Groups["scale"].Success)
            {
                span = TextSpan.FromBounds(span.Start, m.Groups["scale"].Index); // "10m" without money is ten metres: the letter is a unit
            }

            var negative = m.Groups["minus"].Success || m.Groups["sign"].Value is "-" or "−";
            if (Fraction(m) is not { } number)
            {
                continue; // "24/7", "9/11", "5/10": a name or a score, not a part of a whole
            }

            var value = (negative ? -1 : 1) * number * scale;
            if (!double.IsFinite(value))
            {
                continue; // beyond what a number can hold (over 300 digits): refused alone, the document's other quantities stay
            }

            var (unit, unitText) = UnitOf(text, m, currency?.Currency, span, scale == 1 && m.Groups["scale"].Success, value);
            if (currency is null && unit is null && UnitNames.CurrencyAfter(text, span.End) is { } sign)
            {
                (unit, unitText, span) = (sign.Currency, sign.Sign, new TextSpan(span.Start, span.Length + sign.Length));
            }

            var qualifier = m.Groups["sub"].Success ? "less-than" : m.Groups["sign"].Value == "+" ? "up" : Qualify(text, span.Start);
            found.Add(new Quantity(span, value, value, qualifier, unitText, unit) { Scale = scale });
        }

        var numerals = new SpanIndex<Quantity>(found, q => q.Span); // number words never overlap one another
        foreach (var m in NumberWordMatches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = m.Span;
            if (numerals.Overlaps(span) || dates.Overlaps(span) || WordsValue(text, m) is not { } value || !double.IsFinite(value.Low) || !double.IsFinite(value.High))
            {
                continue;
            }

            if (IsPronounOrName(layer, span))
            {
                continue;
            }

            var (unit, unitText) = WordsUnit(text, span, value.Low);
            var qualifier = value.Low == value.High ? Qualify(text, span.Start) : "exact";
            found.Add(new Quantity(span, value.Low, value.High, qualifier, unitText, unit));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var pass in Passes)
        {
            found = pass(text, found);
        }

        return found;
    }

    /// <summary>
    /// A pass that joins neighbours: each quantity and the next become the one <paramref name="join"/> makes of them, or
    /// stay apart when it gives null; a joined quantity is not joined again.
    /// </summary>
    private static List<Quantity> JoinPairs(List<Quantity> found, Func<Quantity, Quantity, Quantity?> join)
    {
        var joined = new List<Quantity>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            if (i + 1 < found.Count && join(found[i], found[i + 1]) is { } pair)
            {
                joined.Add(pair);
                i++;
            }
            else
            {
                joined.Add(found[i]);
            }
        }

        return joined;
    }

    /// <summary>The text between two quantities, without the first one's unit: <c>" to "</c> in <c>208 pounds to 193</c>.</summary>
    private static ReadOnlySpan<char> GapAfterUnit(string text, Quantity first, Quantity next)
    {
        var gap = text.AsSpan(first.Span.End, Math.Max(0, next.Span.Start - first.Span.End));
        return first.UnitText is { } unitText && gap.TrimStart().StartsWith(unitText, StringComparison.Ordinal) ? gap.TrimStart()[unitText.Length..] : gap;
    }

    private static (string? Word, int Start) PreviousWord(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '&' or '.'))
        {
            start--;
        }

        return end > start && end < position ? (text[start..end], start) : (null, start);
    }
}
