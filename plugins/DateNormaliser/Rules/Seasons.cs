using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// Seasons: last fall · this summer · the winter of 1998 · in spring
internal sealed partial class DateResolver
{
    /// <summary>Seasons: <c>last fall</c> is the latest fall that has ended by the anchor, <c>this summer</c> the anchor year's.</summary>
    private Timex? Season(Match m, TextSpan span, string text)
    {
        var code = m.Groups["season"].Value.ToLowerInvariant() switch
        {
            "spring" => "SP",
            "summer" => "SU",
            "winter" => "WI",
            _ => "FA",
        };
        if (m.Groups["year"].Success)
        {
            return new Timex(span, "DATE", $"{m.Groups["year"].Value}-{code}");
        }

        if (anchor.Date is not { } reference)
        {
            return new Timex(span, "DATE", $"XXXX-{code}");
        }

        var start = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var relation = m.Groups["rel"].Value.ToLowerInvariant();
        var year = relation switch
        {
            "last" or "this past" => reference.Month >= start + 3 ? reference.Year : reference.Year - 1,
            "next" or "this coming" => reference.Month < start ? reference.Year : reference.Year + 1,
            "this" => reference.Year,
            _ => Tense.Around(_layer, span) == Direction.Future && reference.Month >= start + 3 ? reference.Year + 1
                : Tense.Around(_layer, span) == Direction.Past && reference.Month < start ? reference.Year - 1
                : reference.Year,
        };
        return new Timex(span, "DATE", string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{code}"), Mod(relation));
    }
}
