using System.Globalization;
using Humanizer;
using static DocAnalysis.WordReader;

namespace DocAnalysis.Plugins.Dates;

// Years in words: nineteen ninety-four · two thousand and two
internal sealed partial class DateResolver
{
    /// <summary><c>nineteen ninety-six</c>, <c>January nineteen ninety-seven</c>, <c>the year two thousand</c>, as broadcast transcripts write years.</summary>
    private static Timex? FromSpokenYear(string text, SpokenYear m)
    {
        int year;
        if (m.Century is null)
        {
            year = 2000 + (m.Units is not null && Part(text, m.Units).TryToNumber(out var units, English) ? units : 0);
        }
        else if (Part(text, m.Rest).Replace('-', ' ').TryToNumber(out var rest, English) && rest is >= 10 and < 100)
        {
            year = (Part(text, m.Century).Equals("nineteen", StringComparison.OrdinalIgnoreCase) ? 1900 : 2000) + rest;
        }
        else
        {
            return null;
        }

        var value = year.ToString("0000", CultureInfo.InvariantCulture);
        return new Timex(m.Span, "DATE", m.Month is not null ? TimexValue.Month(year, Months.Parse(Part(text, m.Month))!.Value) : value);
    }
}
