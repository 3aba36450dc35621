using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Dates in digits: 2013-09-17 · 9/17/2013
internal sealed partial class DateResolver
{
    private static Timex? Numeric(Match m, TextSpan span)
    {
        var (y, mo, d) = m.Groups["iy"].Success ? ("iy", "im", "id") : ("uy", "um", "ud");
        var year = int.Parse(m.Groups[y].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[mo].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[d].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Date(span, new DateOnly(year, month, day)) : null;
    }
}
