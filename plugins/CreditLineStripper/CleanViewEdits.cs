namespace DocAnalysis.Plugins.CreditLines;

/// <summary>Turns the spans to strip into edits that keep paragraph structure: whole lines go with their line break, and no blank line is left doubled.</summary>
internal static class CleanViewEdits
{
    public static List<TextEdit> Create(string text, IEnumerable<TextSpan> stripped)
    {
        var lines = TextLine.Split(text);
        var spans = stripped.OrderBy(s => s.Start).ToList();
        var removals = new List<TextSpan>();
        var next = 0;
        var previousKeptBlank = true; // blank lines at the very start go too
        foreach (var line in lines)
        {
            while (next < spans.Count && spans[next].End <= line.ContentStart && !(spans[next].IsEmpty && spans[next].Start == line.ContentStart))
            {
                next++;
            }

            var onLine = new List<TextSpan>();
            for (var k = next; k < spans.Count && spans[k].Start < Math.Max(line.ContentEnd, line.ContentStart + 1); k++)
            {
                onLine.Add(spans[k]);
            }

            if (line.IsBlank)
            {
                if (previousKeptBlank)
                {
                    removals.Add(TextSpan.FromBounds(line.Start, line.Next));
                }

                previousKeptBlank = true;
                continue;
            }

            var covered = onLine.Count > 0 && onLine[0].Start <= line.ContentStart && onLine.Max(s => s.End) >= line.ContentEnd && IsContiguous(text, onLine);
            if (covered)
            {
                removals.Add(TextSpan.FromBounds(line.Start, line.Next));
                continue;
            }

            foreach (var span in onLine)
            {
                // Part of a line (a trailing credit): take the white space before it too; a part that opens the line
                // (a credit glued to the first sentence) takes the white space after it.
                var (start, end) = (span.Start, Math.Min(span.End, line.ContentEnd));
                while (start > line.ContentStart && char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                while (start == line.ContentStart && end < line.ContentEnd && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                removals.Add(TextSpan.FromBounds(start, end));
            }

            previousKeptBlank = false;
        }

        return [.. Merge(removals).Select(TextEdit.Remove)];
    }

    /// <summary>True when the spans, in order, leave nothing but white space between them.</summary>
    private static bool IsContiguous(string text, List<TextSpan> spans)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            for (var p = spans[i - 1].End; p < spans[i].Start; p++)
            {
                if (!char.IsWhiteSpace(text[p]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Sorts spans and joins those that touch or overlap.</summary>
    public static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
