using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>
/// A caption or headline the scraper glued to the first sentence of the body, with no space or line break between
/// them: <c>Afghan forcesRussia has pledged continued support ...</c> is the caption <c>Afghan forces</c> and the
/// sentence <c>Russia has pledged ...</c>. Looked for only in the first line of the text, at a junction inside a word
/// that starts in lower case: three or more lower-case letters, then a capital and lower-case letters (<c>iPhone</c>,
/// <c>eBay</c>, <c>macOS</c> and <c>PlayStation</c> do not have that shape). The part before it is short (at most twelve
/// words, no sentence end), the part after it reads as a sentence.
/// </summary>
internal static partial class GluedCaption
{
    private const int MaxCaptionWords = 12;

    private const int MinSentenceWords = 5;

    /// <summary>The glued caption at the start of <paramref name="line"/>, or null.</summary>
    public static TextSpan? Find(string text, TextLine line)
    {
        var content = text.AsSpan(line.ContentStart, line.ContentEnd - line.ContentStart);
        if (content.Length > LineClassifier.MaxExaminedLength || content[^1] is not ('.' or '!' or '?' or '"' or '”'))
        {
            return null;
        }

        foreach (var match in Junction().EnumerateMatches(content))
        {
            var caption = content[..match.Length];
            var sentence = content[match.Length..];
            return caption.Count(' ') + 1 <= MaxCaptionWords && sentence.Count(' ') + 1 >= MinSentenceWords
                ? new TextSpan(line.ContentStart, match.Length)
                : null;
        }

        return null;
    }

    [GeneratedRegex(@"^[^.!?]{0,120}?(?<!\p{L})\p{Ll}{3,}(?=\p{Lu}\p{Ll}+\s)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Junction();
}
