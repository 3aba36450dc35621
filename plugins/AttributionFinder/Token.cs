namespace DocAnalysis.Plugins.Attributions;

/// <summary>A word or a punctuation mark, with its place in the text.</summary>
internal readonly record struct Token(int Start, int End, string Text, string Lower)
{
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Splits text into words (letters and digits, with inner apostrophes, hyphens and abbreviation stops) and single punctuation marks.</summary>
    public static List<Token> Split(string text, TextSpan range)
    {
        var tokens = new List<Token>((range.Length / 5) + 1); // about one token in five characters of news
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < range.End && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '\'' or '’' or '-' && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1]))
                    || (text[i] == '.' && i + 1 < range.End && char.IsLetter(text[i + 1]) && i - start == 1)))
                {
                    i++;
                }

                // "U.S." and "Col." keep their full stop when it marks an abbreviation.
                if (i < range.End && text[i] == '.' && Abbreviations.IsAbbreviation(text.AsSpan(start, i - start)))
                {
                    i++;
                }
            }
            else if (i + 1 < range.End && ((c == '`' && text[i + 1] == '`') || (c == '\'' && text[i + 1] == '\'') || (c == '-' && text[i + 1] == '-')))
            {
                i += 2; // `` and '' open and close quotations in some newspapers' text, and -- is their dash
            }
            else
            {
                i++;
            }

            var word = text[start..i];
            tokens.Add(new Token(start, i, word, Lowercase.Of(word)));
        }

        return tokens;
    }
}
