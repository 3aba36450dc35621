using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Quarters and periods of financial news: the third quarter · third-quarter · the year-earlier quarter · next year's first quarter
internal sealed partial class DateResolver
{
    /// <summary>Quarters as financial news writes them; without a year, the latest such quarter that has begun by the anchor.</summary>
    private Timex? Quarter(Match m, TextSpan span, string text)
    {
        if (anchor.Date is not { } reference)
        {
            return m.Groups["ordinal"].Success ? new Timex(span, "DATE", $"XXXX-Q{OrdinalNumber(m.Groups["ordinal"].Value)}") : null;
        }

        var current = (reference.Month - 1) / 3 + 1;
        var (lastYear, lastQuarter) = current == 1 ? (reference.Year - 1, 4) : (reference.Year, current - 1);
        if (m.Groups["yearadjective"].Success)
        {
            // "year-earlier profit" after "third-quarter profit": the period just mentioned, a year back; else the year before the anchor.
            return new Timex(span, "DATE", (reference.Year - 1).ToString("0000", CultureInfo.InvariantCulture)) { YearsFromPrevious = -1, IsReferencePoint = false };
        }

        if (m.Groups["yearago"].Success)
        {
            var which = m.Groups["ordinal"].Success ? OrdinalNumber(m.Groups["ordinal"].Value) : lastQuarter;
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{lastYear - 1:0000}-Q{which}")) { IsReferencePoint = false };
        }

        int? named = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : m.Groups["relyear"].Success ? reference.Year + m.Groups["relyear"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 }
            : null;
        if (m.Groups["ordinal"].Success)
        {
            var which = OrdinalNumber(m.Groups["ordinal"].Value);
            var year = named ?? (which <= current ? reference.Year : reference.Year - 1);

            // The period reported on, for "the quarter" later: not a comparison with an earlier year ("the 1988 third quarter") nor a forecast.
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{which}"))
            {
                IsReferencePoint = year >= lastYear && Tense.Around(_layer, span) is not Direction.Future,
            };
        }

        if (named is { } namedYear)
        {
            // "the 1988 period", "last year's quarter": that year's quarter of the one reported on.
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{namedYear:0000}-Q{lastQuarter}"))
            {
                QuarterOfReport = QuarterReference.Number,
                IsReferencePoint = namedYear >= lastYear,
            };
        }

        if (m.Groups["latest"].Value.Equals("current", StringComparison.OrdinalIgnoreCase))
        {
            return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{reference.Year:0000}-Q{current}"));
        }

        return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{lastYear:0000}-Q{lastQuarter}")) { QuarterOfReport = QuarterReference.NumberAndYear };
    }
}
