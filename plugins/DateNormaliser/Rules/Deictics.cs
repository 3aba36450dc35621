using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Dates;

// The day of writing and the words that point at now: yesterday · today · tonight · this morning · now · currently · the future
// Not in a name: told USA TODAY · NBC's Today show · Russia Today · The Tonight Show
internal sealed partial class DateResolver
{
    private Timex? Deictic(Match m, TextSpan span)
    {
        if (anchor.Date is not { } reference || EndsName(span))
        {
            return null;
        }

        if (m.Groups["part"].Success)
        {
            var day = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => reference.AddDays(-1),
                "tomorrow" => reference.AddDays(1),
                "last" => reference.AddDays(-1),
                _ => reference,
            };
            return new Timex(span, "TIME", TimexValue.Date(day) + PartOfDay(m.Groups["part"].Value), Resolved: day);
        }

        return m.Groups["word"].Value.ToLowerInvariant() switch
        {
            "yesterday" => Date(span, reference.AddDays(-1)),
            "tomorrow" => Date(span, reference.AddDays(1)),
            "tonight" => new Timex(span, "TIME", TimexValue.Date(reference) + "TNI", Resolved: reference),
            _ => Date(span, reference),
        };
    }

    private static Timex? Reference(Match m, TextSpan span, string text) =>
        m.Value == "Now" && span.End < text.Length && text[span.End] == ','
            ? null // "Now, ..." opens a sentence as a discourse word, not a time
            : new(span, "DATE", m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF");
}
