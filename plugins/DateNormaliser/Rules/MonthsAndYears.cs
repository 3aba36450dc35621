using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// A month or a year, and decades and centuries: September 2013 · April · early 2016 · last February · February of last year · March of 1987 · fiscal 1989 · the 1990s · the 19th century
internal sealed partial class DateResolver
{
    private Timex? MonthOrYear(Match m, TextSpan span, string text)
    {
        var half = m.Groups["half"].Success ? (m.Groups["half"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2) : 0;
        var mod = half switch { 1 => "START", 2 => "END", _ => Mod(m.Groups["mod"].Value) };
        if (!m.Groups["month"].Success)
        {
            return half > 0 ? new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{m.Groups["year"].Value}-H{half}")) : new Timex(span, "DATE", m.Groups["year"].Value, mod);
        }

        var month = Months.Parse(m.Groups["month"].Value)!.Value;
        var relation = (m.Groups["rel"].Success ? m.Groups["rel"].Value : m.Groups["relyear"].Value).ToLowerInvariant();
        var name = m.Groups["month"].Value;
        var alone = !m.Groups["year"].Success && mod is null && relation.Length == 0;
        if (alone && ((name is "May" or "March" && _layer.StartsSentence(span.Start)) || (name.Length <= 4 && !name.EndsWith('.') && Months.IsAbbreviation(name))))
        {
            return null; // a sentence's first "May" or "March" is more often a verb, a bare "Jan" or "Dec" a name, than the month.
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (year is null && anchor.Date is { } reference)
        {
            year = relation switch
            {
                "last" when m.Groups["relyear"].Success => reference.Year - 1,
                "next" when m.Groups["relyear"].Success => reference.Year + 1,
                "this" => reference.Year,
                "last" or "this past" => month < reference.Month ? reference.Year : reference.Year - 1,
                "next" or "this coming" => month > reference.Month ? reference.Year : reference.Year + 1,
                _ => Nearest(new[] { reference.Year - 1, reference.Year, reference.Year + 1 }.Select(y => new DateOnly(y, month, 15)), reference, Tense.Around(_layer, span)).Year,
            };
        }

        var value = year is { } y ? TimexValue.Month(y, month) : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
        return new Timex(span, "DATE", value, mod);
    }

    private static Timex DecadeOrCentury(Match m, TextSpan span) =>
        m.Groups["decade"].Success
            ? new Timex(span, "DATE", m.Groups["decade"].Value, Mod(m.Groups["mod"].Value))
            : new Timex(span, "DATE", (int.Parse(m.Groups["century"].Value, CultureInfo.InvariantCulture) - 1).ToString("00", CultureInfo.InvariantCulture));
}
