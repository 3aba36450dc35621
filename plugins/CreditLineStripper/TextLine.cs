namespace DocAnalysis.Plugins.CreditLines;

/// <summary>One line of the text: where it starts, where its content (without surrounding white space) lies, and where the next line starts.</summary>
internal readonly record struct TextLine(int Start, int ContentStart, int ContentEnd, int Next)
{
    public bool IsBlank => ContentEnd <= ContentStart;

    public TextSpan Content => TextSpan.FromBounds(ContentStart, ContentEnd);

    /// <summary>Splits text into lines at \n, \r\n and \r; white space includes no-break spaces.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : start + end;
            var next = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : Math.Min(end + 1, text.Length);
            var contentStart = start;
            while (contentStart < end && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }

            var contentEnd = end;
            while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            lines.Add(new TextLine(start, contentStart, contentEnd, next));
            start = next;
        }

        return lines;
    }
}
