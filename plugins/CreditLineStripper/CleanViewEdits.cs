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
                // Part of a line (a trailing credit): take the white space before it too.
                var start = span.Start;
                while (start > line.ContentStart && char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                removals.Add(TextSpan.FromBounds(start, Math.Min(span.End, line.ContentEnd)));
            }

            previousKeptBlank = false;
        }

        return Merge(removals);
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

    private static List<TextEdit> Merge(List<TextSpan> removals)
    {
        var edits = new List<TextEdit>();
        foreach (var span in removals.OrderBy(s => s.Start))
        {
            if (edits.Count > 0 && span.Start <= edits[^1].Span.End)
            {
                var last = edits[^1].Span;
                edits[^1] = TextEdit.Remove(TextSpan.FromBounds(last.Start, Math.Max(last.End, span.End)));
            }
            else
            {
                edits.Add(TextEdit.Remove(span));
            }
        }

        return edits;
    }
}
