using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Holidays news dates by: Thanksgiving · Christmas Eve · New Year's Day · Labor Day · Election Day
internal sealed partial class DateResolver
{
    private Timex Holiday(Match m, TextSpan span, string text)
    {
        var name = m.Groups["holiday"].Value;
        if (m.Groups["year"].Success)
        {
            return Date(span, Holidays.On(name, int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)));
        }

        if (anchor.Date is not { } reference)
        {
            var any = Holidays.On(name, 2001);
            return Holidays.IsFixed(name) ? new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"XXXX-{any.Month:00}-{any.Day:00}")) : new Timex(span, "DATE", "XXXX-XX-XX");
        }

        var candidates = new[] { reference.Year - 1, reference.Year, reference.Year + 1 }.Select(y => Holidays.On(name, y));
        return Date(span, Nearest(candidates, reference, Tense.Around(_layer, span)));
    }
}
