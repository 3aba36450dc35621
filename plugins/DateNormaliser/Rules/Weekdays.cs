using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Weekdays, in the direction of their verb: Monday · last Friday · next Tuesday · Thursday morning; not the Sunday Times
internal sealed partial class DateResolver
{
    private Timex? WeekdayName(Match m, TextSpan span, string text)
    {
        var weekday = Months.ParseWeekday(m.Groups["weekday"].Value);
        if (!m.Groups["dir"].Success && !m.Groups["part"].Success && InTitle(span))
        {
            return null; // "the Sunday Times", "the Sunday Telegraph": a paper's name, not a day
        }

        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", $"XXXX-WXX-{weekday}");
        }

        var direction = m.Groups["dir"].Value.ToLowerInvariant();
        var date = direction switch
        {
            "last" or "past" => TimexValue.Weekday(reference, weekday, forward: false, allowSameDay: false),
            "next" or "coming" => TimexValue.Weekday(reference, weekday, forward: true, allowSameDay: false),
            "this" => TimexValue.Weekday(reference, weekday, forward: weekday >= IsoDay(reference), allowSameDay: true),
            _ => TimexValue.Weekday(reference, weekday, forward: Tense.Around(_layer, span) == Direction.Future, allowSameDay: true),
        };
        return new Timex(span, "DATE", TimexValue.Date(date), Resolved: date);
    }

    /// <summary>
    /// Whether a capitalised weekday inside a sentence opens a title after <c>the</c>: <c>the Sunday Times</c>. A month, a
    /// weekday or a part of the day after it keeps it a date (<c>the Friday Jan. 5 deadline</c>).
    /// </summary>
    private bool InTitle(TextSpan span)
    {
        var tokens = _layer.Tokens;
        var index = _layer.TokenAt(span.Start);
        if (index == 0 || index + 1 >= tokens.Count || !tokens[index].IsCapitalised || tokens[index - 1].Lower != "the")
        {
            return false;
        }

        var next = tokens[index + 1];
        return next.IsWord && next.IsCapitalised && !next.Flags.HasFlag(TokenFlags.StartsSentence) && Months.Parse(next.Text) is null && Months.ParseWeekday(next.Text) == 0;
    }
}
