using System.Globalization;

namespace DocAnalysis;

/// <summary>
/// Helpers for a hand-written reader that replaces a regular expression: it reads a short span, found from the
/// <see cref="TextLayer"/>'s tokens, word by word as the pattern did, with the pattern's word boundaries
/// (<c>\b</c>, <c>\w</c>), spaces (<c>\s</c>) and case folding (<c>RegexOptions.IgnoreCase | CultureInvariant</c>: ASCII
/// case, and the Kelvin sign for <c>k</c>: nothing else of Unicode), so that tests can hold it to the pattern it
/// replaced. A source-generated pattern with many alternatives costs more to compile at run time than a reader;
/// the shipped date normaliser's years in words and months with days, and the number reconciler's number words, are
/// read this way.
/// <code>
/// // "two thousand" at a word start, case folded, the last word whole
/// if (WordReader.IsPhrase(text, start, "two thousand", out var end) &amp;&amp; WordReader.IsSpace(text, end)) { … }
/// </code>
/// </summary>
public static class WordReader
{
    /// <summary>
    /// A character that belongs to a word for a word boundary (<c>\b</c>): a letter, a decimal digit, a non-spacing
    /// mark, a connector (<c>_</c>) or a zero-width (non-)joiner.
    /// </summary>
    public static bool IsWordCharacter(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>Where the word that starts at <paramref name="position"/> ends (<paramref name="position"/> itself when none starts there).</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsWordCharacter(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Whether the whole word at <paramref name="position"/> is <paramref name="word"/> (lower case), case folded.</summary>
    public static bool Is(ReadOnlySpan<char> text, int position, string word, out int end)
    {
        end = position + word.Length;
        return StartsWith(text, position, word) && (end == text.Length || !IsWordCharacter(text[end]));
    }

    /// <summary>
    /// Whether the words of <paramref name="phrase"/> (lower case, parted by one space) stand at
    /// <paramref name="position"/>, parted by one space character each, the last one whole; <paramref name="end"/> is
    /// where it ends.
    /// </summary>
    public static bool IsPhrase(ReadOnlySpan<char> text, int position, string phrase, out int end)
    {
        end = position;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            if (end > position)
            {
                if (!IsSpace(text, end))
                {
                    return false;
                }

                end++;
            }

            var word = phrase.AsSpan()[range];
            if (!StartsWith(text, end, word))
            {
                return false;
            }

            end += word.Length;
        }

        return end == text.Length || !IsWordCharacter(text[end]);
    }

    /// <summary>The part of <paramref name="text"/> a span covers; empty for none (a part of a match that was not written).</summary>
    public static string Part(string text, TextSpan? part)
    {
        ArgumentNullException.ThrowIfNull(text);
        return part is { } span ? text.Substring(span.Start, span.Length) : "";
    }

    /// <summary>
    /// The word from <paramref name="start"/> to <paramref name="end"/> case-folded (<see cref="Fold"/>), written into
    /// <paramref name="buffer"/>; empty when the word is empty or longer than the buffer (no word of the caller's).
    /// </summary>
    public static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> text, int start, int end, Span<char> buffer)
    {
        var length = end - start;
        if (length <= 0 || length > buffer.Length)
        {
            return [];
        }

        for (var i = 0; i < length; i++)
        {
            buffer[i] = Fold(text[start + i]);
        }

        return buffer[..length];
    }

    /// <summary>Whether a space (<c>\s</c>) stands at <paramref name="position"/>.</summary>
    public static bool IsSpace(ReadOnlySpan<char> text, int position) => position < text.Length && char.IsWhiteSpace(text[position]);

    /// <summary>A space or a hyphen (<c>[\s\-]</c>).</summary>
    public static bool IsSeparator(ReadOnlySpan<char> text, int position) =>
        position < text.Length && (text[position] == '-' || char.IsWhiteSpace(text[position]));

    /// <summary>Whether <paramref name="word"/> (lower case) stands at <paramref name="position"/>, case folded, whole or not.</summary>
    private static bool StartsWith(ReadOnlySpan<char> text, int position, ReadOnlySpan<char> word)
    {
        if (position + word.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(text[position + i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A character as a case-insensitive pattern compares it with a lower-case letter of its words.</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '\u212A' ? 'k' : c;
}
