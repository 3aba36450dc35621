using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Clock times: 16:55 GMT · 3 p.m. EST · 10:30 a.m. · noon · midnight
internal sealed partial class DateResolver
{
    private Timex? TimeOfDay(Match m, TextSpan span)
    {
        int hour, minute;
        if (m.Groups["noon"].Success)
        {
            (hour, minute) = m.Groups["noon"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? (0, 0) : (12, 0);
        }
        else
        {
            hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
            minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ampm"].Success)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                hour = hour % 12 + (char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p' ? 12 : 0);
            }
            else if (!m.Groups["zone"].Success || hour > 23)
            {
                return null;
            }
        }

        var day = anchor.Date is { } reference ? TimexValue.Date(reference) : "XXXX-XX-XX";
        return new Timex(span, "TIME", string.Create(CultureInfo.InvariantCulture, $"{day}T{hour:00}:{minute:00}")) { TimeWithoutDay = true };
    }
}
