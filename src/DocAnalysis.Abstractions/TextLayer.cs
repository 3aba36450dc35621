using DocAnalysis.Text;

namespace DocAnalysis;

/// <summary>
/// The tokens, sentences and paragraphs of one view's text, computed once per document and view and shared by every
/// analyser (<see cref="IAnalysisContext.Layer"/>), as spaCy's <c>Doc</c> or UIMA's tokenizer and sentence annotators
/// serve every later component. Read it instead of splitting the text again:
/// <code>
/// foreach (var sentence in context.Layer.Sentences)
/// {
///     foreach (var token in context.Layer.TokensIn(sentence))
///     {
///         if (token.Kind == TokenKind.Number &amp;&amp; token.Lower == "12") { … }
///     }
/// }
/// </code>
/// </summary>
/// <remarks>
/// Sentences survive news text: a full stop after an abbreviation (<c>Mr.</c>, <c>U.S.</c>, <c>Sept.</c>, initials)
/// does not end one, a sentence never ends inside a quotation, and a line break ends one unless a quotation is still
/// open (a quotation that runs over paragraphs opens each with a quote mark and closes only in the last). A quote
/// mark that closes nowhere in its paragraph, and is not taken up by the next, opens nothing. Wire copy's quotes count
/// as quotes: <c>``...''</c> and <c>''...''</c> (a pair before a word opens where no quote is open), so
/// <c>''It is a shame,'' said Jo Ames. ''They want a free ride.''</c> is two sentences. A run of
/// more than <see cref="MaxSentenceLength"/> characters without an end is cut at a clause break, so the work per
/// sentence stays bounded. Paragraphs are the text's lines. Every character that is not white space lies in one
/// sentence and one token; tokens never cross a sentence.
/// </remarks>
public sealed class TextLayer
{
    private readonly PackedToken[] _tokens;
    private readonly string[] _strings;
    private readonly TokenRange[] _sentences;

    private TextLayer(string text, PackedToken[] tokens, string[] strings, TokenRange[] sentences, TokenRange[] paragraphs)
    {
        Text = text;
        _tokens = tokens;
        _strings = strings;
        _sentences = sentences;
        Paragraphs = paragraphs;
    }

    /// <summary>The longest sentence, in characters: a longer run without a sentence end is cut at a clause break.</summary>
    public const int MaxSentenceLength = SentenceSplitter.MaxLength;

    /// <summary>The view's text.</summary>
    public string Text { get; }

    /// <summary>Every token, in order.</summary>
    public TokenSlice Tokens => new(this, 0, _tokens.Length);

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<TokenRange> Sentences => _sentences;

    /// <summary>The paragraphs (the text's non-empty lines), in order.</summary>
    public IReadOnlyList<TokenRange> Paragraphs { get; }

    /// <summary>Splits <paramref name="text"/> into sentences, tokens and paragraphs.</summary>
    public static TextLayer Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var strings = new Interner();
        var tokens = new List<PackedToken>((text.Length / 5) + 1); // about one token in five characters of news
        var sentences = new List<TokenRange>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var first = tokens.Count;
            Tokenizer.Split(text, sentence, strings, tokens);
            MarkStart(tokens, first);
            sentences.Add(new TokenRange(sentence, first, tokens.Count));
        }

        var array = tokens.ToArray();
        return new TextLayer(text, array, strings.Strings, [.. sentences], Lines(text, array));
    }

    /// <summary>
    /// Flags the first word or number of the sentence whose tokens start at <paramref name="first"/>, when only
    /// punctuation stands before it (a symbol such as <c>►</c> or <c>$</c> before it makes it no sentence's first word).
    /// </summary>
    private static void MarkStart(List<PackedToken> tokens, int first)
    {
        for (var i = first; i < tokens.Count && tokens[i].Kind is not TokenKind.Symbol; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                tokens[i] = tokens[i] with { Flags = tokens[i].Flags | TokenFlags.StartsSentence };
                return;
            }
        }
    }

    /// <summary>The tokens of a sentence or a paragraph.</summary>
    public TokenSlice TokensIn(TokenRange range) => new(this, range.First, range.Count);

    /// <summary>Token <paramref name="index"/>, made from what the layer keeps.</summary>
    internal TextToken TokenAtIndex(int index)
    {
        var token = _tokens[index];
        return new TextToken(token.Start, token.End, _strings[token.Text], _strings[token.Lower], token.Kind, token.Shape, token.Flags);
    }

    /// <summary>The index of the first token that ends after <paramref name="position"/>: the token at it, else the next one (<see cref="Tokens"/>' count when none).</summary>
    public int TokenAt(int position) => FirstEndingAfter(_tokens, position, static t => t.End);

    /// <summary>
    /// The index of the sentence that holds <paramref name="position"/> (every character but white space lies in one),
    /// else of the next one (<see cref="Sentences"/>' count when none).
    /// </summary>
    public int SentenceAt(int position) => FirstEndingAfter(_sentences, position, static s => s.Span.End);

    /// <summary>
    /// Whether the first word or number of a sentence (<see cref="TokenFlags.StartsSentence"/>) starts at
    /// <paramref name="position"/>: for a reader that holds a position of the text rather than a token.
    /// </summary>
    public bool StartsSentence(int position)
    {
        var index = TokenAt(position);
        return index < _tokens.Length && _tokens[index].Start == position && (_tokens[index].Flags & TokenFlags.StartsSentence) != 0;
    }

    /// <summary>A binary search over items in text order: the first whose end lies after <paramref name="position"/>.</summary>
    private static int FirstEndingAfter<T>(T[] items, int position, Func<T, int> endOf)
    {
        int low = 0, high = items.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (endOf(items[middle]) <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// Lower case as the layer's <see cref="TextToken.Lower"/> has it: <see cref="string.ToLowerInvariant()"/>
    /// character by character, without the culture machinery for ASCII; the same instance when there is no capital.
    /// </summary>
    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Interner.Lower(text);
    }

    private static TokenRange[] Lines(string text, PackedToken[] tokens)
    {
        var lines = new List<TokenRange>();
        var next = 0;
        for (var start = 0; start < text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(start, end - start);
            var trimmedStart = start + (line.Length - line.TrimStart().Length);
            var trimmedEnd = end - (line.Length - line.TrimEnd().Length);
            if (trimmedEnd > trimmedStart)
            {
                var first = next;
                while (next < tokens.Length && tokens[next].Start < end)
                {
                    next++;
                }

                lines.Add(new TokenRange(TextSpan.FromBounds(trimmedStart, trimmedEnd), first, next));
            }

            start = end + 1;
        }

        return [.. lines];
    }
}
