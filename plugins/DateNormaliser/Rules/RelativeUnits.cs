using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// A unit counted from now: last week · next month · this year · the past year · the weekend · the full year · year-end
// A title when both words are capitalised (ABC's "This Week"), not a headline's "in Chicago this Year"
internal sealed partial class DateResolver
{
    private Timex? RelativeUnit(Match m, TextSpan span, string text)
    {
        if (anchor.Date is not { } reference || (IsTitle(m.Groups["unit"], text) && (!m.Groups["dir"].Success || char.IsUpper(text[m.Groups["dir"].Index]))))
        {
            return null;
        }

        if (m.Groups["theyear"].Success)
        {
            // "sales for the year ended June 30" measure a year; "the full year", "the fiscal year" name the anchor's.
            return m.Groups["ended"].Success
                ? new Timex(span, "DURATION", "P1Y")
                : new Timex(span, "DATE", (reference.Year - (m.Groups["latest"].Success ? 1 : 0)).ToString("0000", CultureInfo.InvariantCulture));
        }

        if (m.Groups["yearend"].Success)
        {
            return new Timex(span, "DATE", reference.Year.ToString("0000", CultureInfo.InvariantCulture), "END");
        }

        var step = m.Groups["dir"].Value.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            "the" => TheWeekend(reference, Tense.Around(_layer, span)),
            _ => 0,
        };
        var value = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => TimexValue.Week(reference.AddDays(7 * step)),
            "weekend" => TimexValue.Week(reference.AddDays(7 * step)) + "-WE",
            "month" => TimexValue.Month(reference.AddMonths(step).Year, reference.AddMonths(step).Month),
            _ => (reference.Year + step).ToString("0000", CultureInfo.InvariantCulture),
        };
        return new Timex(span, "DATE", value);
    }

    /// <summary>
    /// Which weekend "the weekend" is, in weeks from the anchor's: the coming one when the sentence looks ahead, else
    /// the one just gone (the anchor's own when it falls on a Saturday or Sunday).
    /// </summary>
    private static int TheWeekend(DateOnly reference, Direction tense)
    {
        var weekend = IsoDay(reference) >= 6;
        return tense == Direction.Future ? (weekend ? 1 : 0) : (weekend ? 0 : -1);
    }
}
