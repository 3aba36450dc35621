namespace DocAnalysis;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens, digits and abbreviation stops: <c>don't</c>, <c>U.S.</c>, <c>COVID-19</c>.</summary>
    Word,

    /// <summary>Starts with a digit: <c>12</c>, <c>3.5</c> is three tokens, <c>1990s</c> one.</summary>
    Number,

    /// <summary>A punctuation mark, or a pair that newspapers write for one: <c>,</c>, <c>“</c>, <c>``</c>, <c>''</c>, <c>--</c>.</summary>
    Punctuation,

    /// <summary>Anything else: <c>$</c>, <c>%</c>, <c>+</c>, <c>©</c>, an emoji.</summary>
    Symbol,
}

/// <summary>How a word's letters are cased.</summary>
public enum CaseShape : byte
{
    /// <summary>No letters: a number, a punctuation mark, a symbol.</summary>
    None,

    /// <summary>Every letter lower case: <c>said</c>.</summary>
    Lower,

    /// <summary>The first letter upper case, the rest lower: <c>Reuters</c>.</summary>
    Capitalised,

    /// <summary>Every letter upper case: <c>NATO</c>, <c>U.S.</c>.</summary>
    Upper,

    /// <summary>Upper and lower case otherwise: <c>McDonald</c>, <c>iPhone</c>.</summary>
    Mixed,
}

/// <summary>What a token does besides being itself.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing more.</summary>
    None = 0,

    /// <summary>A quote mark that opens a quotation: <c>“</c>, <c>‘</c>, <c>``</c>, or <c>"</c> at the start or after a space or an opening bracket.</summary>
    OpensQuote = 1,

    /// <summary>A quote mark that closes a quotation: <c>”</c>, <c>’</c> standing alone, <c>''</c>, or any other <c>"</c>.</summary>
    ClosesQuote = 2,

    /// <summary>
    /// The first word or number of its sentence, after nothing but punctuation (quote marks, brackets, dashes):
    /// <c>The</c> in <c>“The rain stopped.</c>; not <c>May</c> in <c>the U.S. May report</c> (an abbreviation's stop
    /// ends no sentence), nor <c>May</c> in <c>► May (16)</c> (a symbol stands before it).
    /// </summary>
    StartsSentence = 4,
}

/// <summary>
/// A word, a number, a punctuation mark or a symbol of a <see cref="TextLayer"/>, with its place in the view's text.
/// <see cref="Text"/> and <see cref="Lower"/> are interned per document: equal words are one string, compare them with
/// <c>==</c> or put them in a set.
/// </summary>
/// <param name="Start">Where it starts in the view's text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Text">Its characters.</param>
/// <param name="Lower">Its characters in lower case (invariant culture).</param>
/// <param name="Kind">Word, number, punctuation or symbol.</param>
/// <param name="Shape">How its letters are cased.</param>
/// <param name="Flags">Quote marks: whether it opens or closes a quotation; whether it starts its sentence.</param>
public readonly record struct TextToken(int Start, int End, string Text, string Lower, TokenKind Kind, CaseShape Shape, TokenFlags Flags)
{
    /// <summary>Its place in the view's text.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>True for a word or a number: it starts with a letter or a digit.</summary>
    public bool IsWord => Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>True when its first character is upper case: <c>Reuters</c>, <c>NATO</c>, <c>McDonald</c>.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]);
}

/// <summary>
/// A sentence or a paragraph of a <see cref="TextLayer"/>: its characters, and its tokens
/// <c>Tokens[First..End]</c>.
/// </summary>
/// <param name="Span">Its place in the view's text, without the white space around it.</param>
/// <param name="First">The index of its first token.</param>
/// <param name="End">The index after its last token.</param>
public readonly record struct TokenRange(TextSpan Span, int First, int End)
{
    /// <summary>How many tokens it holds.</summary>
    public int Count => End - First;
}
