namespace DocAnalysis.Plugins.Dates;

/// <summary>
/// Whether a capitalised date word is part of a name (a programme, a paper, a review) rather than the word itself,
/// read from the shared text layer's tokens; the sets (<c>Rules/Sets.cs</c>) and the day of writing
/// (<c>Rules/Deictics.cs</c>) ask.
/// </summary>
internal sealed partial class DateResolver
{
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
