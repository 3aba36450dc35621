namespace DocAnalysis.Text;

/// <summary>
/// Splits text into sentences that survive news text: a full stop after an abbreviation does not end one, a
/// sentence never ends inside a quotation, and a paragraph break always ends one unless a quote is still open
/// (a quote that runs over paragraphs opens each with a quote mark and closes only in the last).
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>
    /// The longest sentence analysed whole, in characters. Longer runs without a sentence end (a run-on sentence, a
    /// page scraped without punctuation, a list) are analysed in pieces cut at a clause break, so the work per sentence
    /// is bounded and the whole stays linear in the text's length. The longest sentence of PolNeAR train and dev and
    /// TBAQ is far shorter.
    /// </summary>
    public const int MaxLength = 2_000;

    private const int MaxAbbreviation = 24;

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        var inQuote = false;
        var ahead = new LookAhead(text);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' || (c is '"' && !inQuote))
            {
                // A quotation opens only where it closes in its paragraph, or runs on into the next paragraph, which
                // opens with a quote mark again: a stray mark would hold every sentence after it to the paragraph's end.
                inQuote = !ahead.IsStray(i);
            }
            else if (c is '”' or '"')
            {
                inQuote = false;
            }
            else if (IsWireMark(text, i))
            {
                // Wire copy's ``...'' and ''...'': a pair before a word opens where no quote is open, any other closes.
                var closing = inQuote || !OpensWireQuote(text, i);
                inQuote = !closing && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not ('.' or ',' or '!' or '?' or ';' or ':'))
                    && !ahead.IsStray(i, wire: true);
                i++;
                if (closing && text[i] == '\'' && i > 1 && text[i - 2] is '.' or '!' or '?' && StartsSentenceAt(text, i + 1))
                {
                    Add(i + 1); // "... filthy hands.'' Mr. Trump"
                }

                continue;
            }
            else if (c == '\n')
            {
                var paragraphEnd = i + 1 < text.Length && text.AsSpan(i + 1).TrimStart(" \t\u00A0\r").StartsWith("\n");
                var nextOpensQuote = ahead.OpensQuoteAfter(i + 1);
                if (!inQuote || paragraphEnd && !nextOpensQuote)
                {
                    Add(i);
                    inQuote = false;
                }

                continue;
            }

            if (c is '.' or '!' or '?' && !inQuote && EndsSentence(text, i))
            {
                Add(i + 1);
            }
            else if (c is '”' or '"' && i > 0 && text[i - 1] is '.' or '!' or '?' && StartsSentenceAt(text, i + 1))
            {
                Add(i + 1);
            }
        }

        Add(text.Length);
        return sentences;

        void Add(int end)
        {
            while (end - start > MaxLength)
            {
                var cut = Break(text, start, start + MaxLength);
                AddOne(cut);
            }

            AddOne(end);
        }

        void AddOne(int end)
        {
            var trimmedEnd = end;
            while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > start)
            {
                sentences.Add(TextSpan.FromBounds(start, trimmedEnd));
            }

            start = SkipSpace(text, end);
        }
    }

    /// <summary>Where to cut a run that is too long: after the last clause break (<c>;</c>, <c>,</c>), else the last space, else at the limit.</summary>
    private static int Break(string text, int start, int limit)
    {
        var window = text.AsSpan(start + MaxLength / 2, limit - start - MaxLength / 2);
        var at = window.LastIndexOfAny(';', ',');
        if (at < 0)
        {
            at = window.LastIndexOfAny(' ', '\n', '\t');
        }

        var cut = at >= 0 ? start + MaxLength / 2 + at + 1 : limit;
        return cut < text.Length && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    private static bool EndsSentence(string text, int i)
    {
        if (text[i] == '.')
        {
            // An abbreviation is short: the walk back stops after a few letters, so a run of letters and dots costs no more than its length.
            var wordStart = i;
            while (wordStart > 0 && i - wordStart < MaxAbbreviation && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            if (Abbreviations.IsAbbreviation(text.AsSpan(wordStart, i - wordStart)))
            {
                return false;
            }
        }

        return StartsSentenceAt(text, i + 1);
    }

    /// <summary>White space then a capital, a digit or an opening quote: where a new sentence starts.</summary>
    private static bool StartsSentenceAt(string text, int i)
    {
        if (i >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        var at = SkipSpace(text, i);
        var next = at < text.Length ? text[at] : (char?)null;
        return next is null || char.IsUpper(next.Value) || char.IsDigit(next.Value) || next is '“' or '"' or '‘' or '(' || OpensWireQuote(text, at);
    }

    /// <summary>A pair of marks wire copy writes for one quote mark at <paramref name="i"/>: <c>``</c> or <c>''</c>.</summary>
    private static bool IsWireMark(string text, int i) => text[i] is '\'' or '`' && i + 1 < text.Length && text[i + 1] == text[i];

    /// <summary>Wire copy's opening <c>``</c> or <c>''</c> before a word: <c>... of Indiana. ''They are ...</c>.</summary>
    private static bool OpensWireQuote(string text, int at) => at + 2 < text.Length && IsWireMark(text, at) && char.IsLetterOrDigit(text[at + 2]);

    /// <summary>
    /// What lies ahead of a position, found with pointers that only move forward, so a text of quote marks or of line
    /// breaks costs its length and no more: the next closing quote mark, the next paragraph end (a blank line), the
    /// next character that is not white space.
    /// </summary>
    private sealed class LookAhead(string text)
    {
        private int _close = -1;
        private int _wireClose = -1;
        private int _paragraphEnd = -1;
        private int _spaceFrom = int.MaxValue;
        private int _spaceTo = -1;

        /// <summary>
        /// True when the quote mark at <paramref name="i"/> opens nothing: no closing mark follows in its paragraph, and
        /// the next paragraph does not open with a quote mark (a quotation over paragraphs does).
        /// </summary>
        public bool IsStray(int i, bool wire = false)
        {
            if (wire)
            {
                if (_wireClose <= i + 1)
                {
                    _wireClose = text.AsSpan(i + 2).IndexOf("''") is var at and >= 0 ? i + 2 + at : text.Length;
                }
            }
            else if (_close <= i)
            {
                _close = text.AsSpan(i + 1).IndexOfAny('”', '"') is var at and >= 0 ? i + 1 + at : text.Length;
            }

            if (_paragraphEnd <= i)
            {
                _paragraphEnd = ParagraphEnd(i + 1);
            }

            return (wire ? _wireClose : _close) >= _paragraphEnd && !(_paragraphEnd < text.Length && OpensQuoteAfter(_paragraphEnd));
        }

        /// <summary>Whether the first character at or after <paramref name="i"/> that is not white space opens a quotation: <c>“</c>, <c>"</c>, or wire copy's pair before a word.</summary>
        public bool OpensQuoteAfter(int i) => NextNonSpaceAt(i) is var at && at < text.Length && (text[at] is '“' or '"' || OpensWireQuote(text, at));

        /// <summary>Where the paragraph that holds <paramref name="from"/> ends: its blank line, or the text's end.</summary>
        private int ParagraphEnd(int from)
        {
            for (var newline = text.IndexOf('\n', from); newline >= 0; newline = text.IndexOf('\n', newline + 1))
            {
                var next = newline + 1;
                while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0' or '\r')
                {
                    next++;
                }

                if (next < text.Length && text[next] == '\n')
                {
                    return newline;
                }
            }

            return text.Length;
        }

        /// <summary>Where the first character at or after <paramref name="i"/> that is not white space stands (the text's length when none).</summary>
        private int NextNonSpaceAt(int i)
        {
            if (i < _spaceFrom || i > _spaceTo)
            {
                // Everything from i up to the next non-space is white space: any position in it has the same answer.
                _spaceFrom = i;
                _spaceTo = SkipSpace(text, i);
            }

            return _spaceTo;
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
