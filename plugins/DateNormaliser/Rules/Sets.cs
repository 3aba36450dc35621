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

    /// <summary>
    /// Whether a capitalised word inside a sentence stands beside another capitalised word: part of a name (a
    /// programme, a paper, a review) rather than the word itself.
    /// </summary>
    private bool InName(TextSpan span) => Capitalised(span) is { } index && (AfterCapital(index) || BeforeCapital(index));

    /// <summary>
    /// Whether a capitalised word ends a name: a capitalised word that does not open its sentence stands before it
    /// (<c>USA TODAY</c>, <c>Russia Today</c>), or its possessive (<c>NBC's Today</c>).
    /// </summary>
    private bool EndsName(TextSpan span) => Capitalised(span) is { } index && AfterCapital(index) && !TitleCased(index);

    /// <summary>
    /// Whether the sentence of a token is written in capitals, as a headline is (<c>Work Starts Tomorrow, But For Today</c>,
    /// <c>SUICIDE MOVEMENT TODAY</c>): none of its words longer than three letters in lower case. There a capital says
    /// nothing of a name.
    /// </summary>
    private bool TitleCased(int index)
    {
        foreach (var token in _layer.TokensIn(_layer.Sentences[_layer.SentenceAt(_layer.Tokens[index].Start)]))
        {
            if (token.Kind == TokenKind.Word && token.Text.Length > 3 && !token.IsCapitalised)
            {
                return false;
            }
        }

        return true;
    }

    private int? Capitalised(TextSpan span)
    {
        var index = _layer.TokenAt(span.Start);
        return index < _layer.Tokens.Count && _layer.Tokens[index].IsCapitalised ? index : null;
    }

    private bool AfterCapital(int index)
    {
        var tokens = _layer.Tokens;
        var before = index - (index >= 2 && tokens[index - 1].Text is "'s" or "’s" ? 2 : 1);
        return before >= 0 && tokens[before].IsWord && tokens[before].IsCapitalised && !tokens[index].Flags.HasFlag(TokenFlags.StartsSentence);
    }

    private bool BeforeCapital(int index)
    {
        var tokens = _layer.Tokens;
        return index + 1 < tokens.Count && tokens[index + 1].IsWord && tokens[index + 1].IsCapitalised && !tokens[index + 1].Flags.HasFlag(TokenFlags.StartsSentence);
    }
}
