using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// How often: every Monday · each year · annually · weekly; not News Daily
internal sealed partial class DateResolver
{
    private Timex? Set(Match m, TextSpan span)
    {
        if (m.Groups["adverb"].Success && InName(span))
        {
            return null; // "News Daily", "The Weekly Standard", "Monthly Review": a name, not how often
        }

        var unit = (m.Groups["unit"].Success ? m.Groups["unit"].Value : m.Groups["adverb"].Value).ToLowerInvariant();
        var value = unit switch
        {
            "day" or "daily" => "P1D",
            "week" or "weekly" => "P1W",
            "month" or "monthly" => "P1M",
            "year" or "yearly" or "annually" => "P1Y",
            "hourly" => "PT1H",
            "quarter" or "quarterly" => "P1Q",
            _ when Months.Parse(unit) is { } month && unit.Length > 3 => string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}"),
            _ => $"XXXX-WXX-{Months.ParseWeekday(unit)}",
        };
        return new Timex(span, "SET", value);
    }
}
