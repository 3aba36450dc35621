using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Durations and what they count back: two days ago · three years · 2 1/2 years · the past 10 days · a year earlier · for decades · four flights a week;
// not an age (37 years old) or a place in a recording (the 7 minute mark)
internal sealed partial class DateResolver
{
    private Timex? Duration(Match m, TextSpan match, string text)
    {
        // The count was read by a lookbehind: the expression starts at its first word.
        var start = new[] { m.Groups["approx"], m.Groups["past"], m.Groups["the"], m.Groups["count"] }.Where(g => g.Success).Select(g => g.Index).DefaultIfEmpty(match.Start).Min();
        var span = TextSpan.FromBounds(start, match.End);
        if (m.Groups["vague"].Success)
        {
            var vague = m.Groups["vague"].Value.ToLowerInvariant();
            return new Timex(span, "DURATION", "PX" + Designator(vague == "centuries" ? "century" : vague.TrimEnd('s')).Designator);
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        unit = unit == "centuries" ? "century" : unit.TrimEnd('s');
        if (IsTitle(m.Groups["unit"], text))
        {
            return null;
        }

        var next = WordAfter(match.End);
        var single = m.Groups["count"].Value.Equals("a", StringComparison.OrdinalIgnoreCase) || m.Groups["count"].Value.Equals("an", StringComparison.OrdinalIgnoreCase);
        var count = Count(m.Groups["count"].Value) + (m.Groups["half"].Success || m.Groups["and"].Success ? 0.5 : 0);
        if ((!m.Groups["rel"].Success && (next.Equals("old", StringComparison.OrdinalIgnoreCase) || (unit is "second" or "minute" or "hour" && next.Equals("mark", StringComparison.OrdinalIgnoreCase))))
            || (unit == "quarter" && (text[m.Groups["unit"].Index - 1] == '-' || (count <= 3 && FractionFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))))
            || (unit == "second" && single && next.Length > 0 && !SecondFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)))
        {
            return null; // an age ("37 years old"), a place in a recording ("the 7 minute mark"; "the two-year mark" of an inquiry is its anniversary), an ordinal ("a second group"), a fraction ("three-quarters", "a quarter of")
        }

        if (unit == "decade")
        {
            // TimeML writes counted decades in years: "two decades" is P20Y.
            (unit, count) = ("year", count * 10);
        }

        var (designator, isTime) = Designator(unit);
        var mod = Approximation(m.Groups["approx"].Value) ?? (m.Groups["orso"].Success ? "APPROX" : null);
        var relation = m.Groups["rel"].Value.ToLowerInvariant();
        if (relation is "later")
        {
            // TimeML reads "three days later" as the duration "three days" and the signal "later": later than what
            // the text says, seldom the anchor.
            var unitEnd = m.Groups["and"].Success ? m.Groups["and"].Index + m.Groups["and"].Length : m.Groups["unit"].Index + m.Groups["unit"].Length;
            span = TextSpan.FromBounds(span.Start, unitEnd);
        }
        else if (relation is "ago" or "earlier" && !isTime)
        {
            if (count is not { } n || n != Math.Floor(n))
            {
                return new Timex(span, "DATE", "PAST_REF");
            }

            if (anchor.Date is { } reference)
            {
                if (Shifted(span, reference, -(int)n, unit) is not { } back)
                {
                    return new Timex(span, "DATE", "PAST_REF"); // before the year 1: "2100 years ago" in a 2019 story
                }

                var shifted = back with { Mod = mod };
                return unit == "year" && n == 1 ? shifted with { YearsFromPrevious = -1, IsReferencePoint = false } : shifted;
            }
        }

        // "four flights a week", "$500 million a year": a rate, which TIMEX3 writes as a set.
        var type = single && span.Start == m.Groups["count"].Index && CountedBefore(span.Start) ? "SET" : "DURATION";
        return new Timex(span, type, DurationValue(count, unit, designator, isTime), mod);
    }

    /// <summary>A unit word capitalised inside a sentence names a show or a work: ABC's "This Week", CBS's "60 Minutes".</summary>
    private bool IsTitle(Group unit, string text) =>
        unit.Success && char.IsUpper(text[unit.Index]) && unit.Index + 1 < text.Length && char.IsLower(text[unit.Index + 1]) && !_layer.StartsSentence(unit.Index);

    /// <summary>Words after <c>a quarter</c> that make it a fraction: "a quarter of the vote", "a quarter century".</summary>
    private static readonly HashSet<string> FractionFollowers = new(StringComparer.OrdinalIgnoreCase) { "of", "year", "century", "hour", "mile", "point", "percent" };

    /// <summary>Words after <c>a second</c> that keep it a second of time: "a second later", "a second or two".</summary>
    private static readonly HashSet<string> SecondFollowers = new(StringComparer.OrdinalIgnoreCase) { "later", "earlier", "ago", "after", "before", "or", "and", "longer", "too" };

    /// <summary>The words that make an amount before "a year": "$500 million a year", "fifty thousand CDs a year".</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty", "hundred", "hundreds", "thousand",
        "thousands", "million", "millions", "billion", "trillion", "dozen", "dozens", "times", "twice", "once",
    };

    /// <summary>The letters of the layer's token after <paramref name="position"/> past spaces, or empty at a line end or punctuation.</summary>
    private ReadOnlySpan<char> WordAfter(int position)
    {
        var (text, index) = (_layer.Text, _layer.TokenAt(position));
        if (index >= _layer.Tokens.Count)
        {
            return default;
        }

        var token = _layer.Tokens[index];
        var start = Math.Max(token.Start, position);
        if (text.AsSpan(position, start - position).ContainsAnyExcept(' '))
        {
            return default;
        }

        var end = start;
        while (end < token.End && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>
    /// Whether one of the two words before <paramref name="position"/> (the layer's tokens, those joined without a
    /// space read as one: <c>$5</c>, <c>5%</c>) is an amount: a number, or a number word.
    /// </summary>
    private bool CountedBefore(int position)
    {
        var (text, tokens) = (_layer.Text, _layer.Tokens);
        var index = _layer.TokenAt(position);
        var end = position; // a token that holds the position ("dollar-an-hour") gives the word its part before it
        var after = position;
        if (index >= tokens.Count || tokens[index].Start >= position)
        {
            index--;
            end = index >= 0 ? tokens[index].End : 0;
        }

        for (var words = 0; words < 2 && index >= 0; words++)
        {
            if (text.AsSpan(end, after - end).ContainsAnyExcept(' '))
            {
                return false; // a line break or a tab ends the phrase
            }

            // The word is the run of tokens that touch each other, ending at this one.
            var first = index;
            while (first > 0 && tokens[first - 1].End == tokens[first].Start)
            {
                first--;
            }

            var word = text.AsSpan(tokens[first].Start, end - tokens[first].Start);
            if (!(char.IsLetterOrDigit(word[^1]) || word[^1] == '%'))
            {
                return false; // punctuation ends the phrase: "in 1988, a year earlier"
            }

            if (char.IsDigit(word[^1]) || word[^1] == '%' || AmountWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            (index, after) = (first - 1, tokens[first].Start);
            end = index >= 0 ? tokens[index].End : 0;
        }

        return false;
    }

    private static string? Approximation(string words) => words.ToLowerInvariant() switch
    {
        "" => null,
        "more than" or "over" or "well over" or "just over" or "at least" => "MORE_THAN",
        "less than" or "fewer than" or "under" or "up to" or "no more than" or "at most" or "just under" => "LESS_THAN",
        _ => "APPROX",
    };

    /// <summary>
    /// <c>two days ago</c>, <c>a year earlier</c>, <c>two quarters ago</c>: the date <paramref name="n"/> units from the
    /// reference, or null when it falls outside the years 1 to 9999.
    /// </summary>
    private static Timex? Shifted(TextSpan span, DateOnly reference, int n, string unit)
    {
        var (days, months) = unit switch
        {
            "day" => (n, 0L),
            "week" => (7 * n, 0L),
            "month" => (0, n),
            "quarter" => (0, 3L * n),
            "year" => (0, 12L * n),
            _ => (0, 1200L * n),
        };
        var month = (reference.Year * 12L) + reference.Month - 1 + months; // months since January of the year 0
        if (reference.DayNumber + (long)days < DateOnly.MinValue.DayNumber || month < 12 || month >= 10000 * 12L)
        {
            return null;
        }

        var date = reference.AddDays(days).AddMonths((int)months);
        var value = unit switch
        {
            "day" => TimexValue.Date(date),
            "week" => TimexValue.Week(date),
            "month" => TimexValue.Month(date.Year, date.Month),
            "quarter" => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-Q{(date.Month - 1) / 3 + 1}"),
            "year" => date.Year.ToString("0000", CultureInfo.InvariantCulture),
            _ => date.Year.ToString("0000", CultureInfo.InvariantCulture)[..2],
        };
        return new Timex(span, "DATE", value, Resolved: unit == "day" ? date : null);
    }

    /// <summary><c>P3Y</c>, <c>P2Y6M</c> for two and a half years, <c>PT5H30M</c>, <c>PXD</c> when the count is vague.</summary>
    private static string DurationValue(double? count, string unit, string designator, bool isTime)
    {
        var prefix = isTime ? "PT" : "P";
        if (count is not { } n)
        {
            return prefix + "X" + designator;
        }

        if (n == Math.Floor(n))
        {
            return prefix + n.ToString(CultureInfo.InvariantCulture) + designator;
        }

        var whole = (int)Math.Floor(n);
        var (smaller, factor) = unit switch
        {
            "year" => ("M", 12),
            "month" => ("D", 30),
            "week" => ("D", 7),
            "day" => ("H", 24),
            "hour" => ("M", 60),
            "minute" => ("S", 60),
            _ => (designator, 1),
        };
        var fraction = (int)Math.Round((n - whole) * factor);
        var wholePart = whole > 0 ? whole.ToString(CultureInfo.InvariantCulture) + designator : "";
        var separator = unit == "day" ? "T" : "";
        return prefix + wholePart + separator + fraction.ToString(CultureInfo.InvariantCulture) + smaller;
    }

    private static (string Designator, bool IsTime) Designator(string unit) => unit switch
    {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "quarter" => ("Q", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        _ => ("CE", false),
    };
}
