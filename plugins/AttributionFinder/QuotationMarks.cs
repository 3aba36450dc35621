namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// The marks a quotation opens and closes with, in typographic quotes, straight quotes and wire copy's ``` ``...'' ```
/// and <c>''...''</c>: a quotation opens and closes with marks of one width.
/// </summary>
internal static class QuotationMarks
{
    /// <summary>The width of the mark <paramref name="text"/> opens with: 2 for <c>``</c> and <c>''</c>, 1 for <c>"</c> and <c>“</c>, 0 for none.</summary>
    public static int OpeningWidth(ReadOnlySpan<char> text) =>
        text.StartsWith("``") || text.StartsWith("''") ? 2 : text.Length > 0 && text[0] is '"' or '“' ? 1 : 0;

    /// <summary>Whether <paramref name="text"/> opens a quotation and ends with a closing mark of the same width.</summary>
    public static bool ClosesAtEnd(ReadOnlySpan<char> text) => OpeningWidth(text) switch
    {
        2 => text.EndsWith("''"),
        1 => text[^1] is '"' or '”',
        _ => false,
    };
}
