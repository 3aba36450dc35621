using DocAnalysis;

namespace Company.DocPlugin;

/// <summary>
/// Scans text for e-mail and web addresses in one pass each, never looking at a character more than a few times,
/// so the cost stays linear in the length of the text whatever it holds.
/// </summary>
internal static class ContactScanner
{
    private const string TrailingPunctuation = ".,;:!?)]}'\"";

    /// <summary>Addresses such as <c>press@acme.example</c>: a local part, <c>@</c>, and a domain with a dot.</summary>
    public static IEnumerable<TextSpan> EmailAddresses(string text)
    {
        var floor = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            var start = at;
            while (start > floor && IsLocalPart(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && IsDomain(text[end]))
            {
                end++;
            }

            floor = end;
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            var domain = text.AsSpan(at + 1, end - at - 1);
            var dot = domain.LastIndexOf('.');
            if (start < at && dot > 0 && domain.Length - dot > 2)
            {
                yield return TextSpan.FromBounds(start, end);
            }
        }
    }

    /// <summary>Addresses that start with <c>http://</c> or <c>https://</c>, up to white space, less trailing punctuation.</summary>
    public static IEnumerable<TextSpan> WebAddresses(string text)
    {
        for (var start = text.IndexOf("http", StringComparison.Ordinal); start >= 0; start = text.IndexOf("http", start + 1, StringComparison.Ordinal))
        {
            var scheme = text.AsSpan(start).StartsWith("https://", StringComparison.Ordinal) ? 8
                : text.AsSpan(start).StartsWith("http://", StringComparison.Ordinal) ? 7
                : 0;
            if (scheme == 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var end = start + scheme;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '<' or '>'))
            {
                end++;
            }

            var stop = end;
            while (end > start + scheme && TrailingPunctuation.Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }

            if (end > start + scheme)
            {
                yield return TextSpan.FromBounds(start, end);
            }

            start = stop - 1;
        }
    }

    private static bool IsLocalPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
