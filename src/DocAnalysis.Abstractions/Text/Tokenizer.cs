namespace DocAnalysis.Text;

/// <summary>
/// Splits a sentence into tokens: words (letters and digits, with inner apostrophes, hyphens and abbreviation stops)
/// and single punctuation marks and symbols, with the pairs <c>``</c>, <c>''</c> and <c>--</c> that some newspapers
/// write for quote marks and a dash as one token each.
/// </summary>
internal static class Tokenizer
{
    public static void Split(string text, TextSpan range, Interner strings, List<PackedToken> tokens)
    {
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
                i += char.IsHighSurrogate(c) && i + 1 < range.End && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            var word = text.AsSpan(start, i - start);
            var (written, lower) = strings.Intern(word);
            var kind = KindOf(word);
            tokens.Add(kind is TokenKind.Word
                ? new PackedToken(start, i, written, lower, kind, ShapeOf(word), TokenFlags.None)
                : new PackedToken(start, i, written, lower, kind, CaseShape.None, kind is TokenKind.Punctuation ? FlagsOf(text, start, word) : TokenFlags.None));
        }
    }

    private static TokenKind KindOf(ReadOnlySpan<char> word) => word[0] switch
    {
        var c when char.IsAsciiLetter(c) => TokenKind.Word,
        var c when char.IsAsciiDigit(c) => TokenKind.Number,
        var c when char.IsLetter(c) => TokenKind.Word,
        var c when char.IsDigit(c) => TokenKind.Number,
        var c when char.IsLetterOrDigit(c) => TokenKind.Word,
        var c when char.IsPunctuation(c) || word is "``" or "''" => TokenKind.Punctuation,
        _ => TokenKind.Symbol,
    };

    private static CaseShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (Interner.IsAsciiWithoutCapital(word))
        {
            return HasAsciiLower(word) ? CaseShape.Lower : CaseShape.None; // most words of English news
        }

        bool upper = false, lower = false, firstUpper = false, laterUpper = false, any = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsUpper(c))
            {
                upper = true;
                firstUpper |= !any;
                laterUpper |= any;
                any = true;
            }
            else if (char.IsLower(c))
            {
                lower = true;
                any = true;
            }
        }

        return (upper, lower) switch
        {
            (false, false) => CaseShape.None,
            (false, true) => CaseShape.Lower,
            (true, false) => CaseShape.Upper,
            _ when firstUpper && !laterUpper => CaseShape.Capitalised,
            _ => CaseShape.Mixed,
        };
    }

    /// <summary>Whether a letter a to z is in <paramref name="word"/> (a loop, as <see cref="Interner.IsAsciiWithoutCapital"/> says why).</summary>
    private static bool HasAsciiLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static TokenFlags FlagsOf(string text, int start, ReadOnlySpan<char> word) => word switch
    {
        "“" or "‘" or "``" => TokenFlags.OpensQuote,
        "”" or "’" or "''" => TokenFlags.ClosesQuote,
        "\"" => start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '—' or '–' ? TokenFlags.OpensQuote : TokenFlags.ClosesQuote,
        _ => TokenFlags.None,
    };
}

/// <summary>A token as the layer keeps it: positions, string ids and its kind, shape and flags; no references.</summary>
internal readonly record struct PackedToken(int Start, int End, int Text, int Lower, TokenKind Kind, CaseShape Shape, TokenFlags Flags);
