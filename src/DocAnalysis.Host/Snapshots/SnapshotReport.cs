using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocAnalysis.Host.Output;

namespace DocAnalysis.Host.Snapshots;

/// <summary>One document whose rendering changed: the approved rendering (null when there was none), the new one, and the document's text when known (for context).</summary>
public sealed record SnapshotChange(string Name, string? Verified, string Received, string? Text = null);

/// <summary>
/// The approval view of changed snapshots as one self-contained HTML page: per document, the findings added, removed
/// and changed (matched by analyser, kind and text in order, not by position; a changed finding shows the fields and
/// the text it lost and gained), each
/// with the text around it when the document is known, and any other changed lines (views, diagnostics) as a diff.
/// Findings are read back from the text rendering, so the page needs nothing but the two snapshot files.
/// </summary>
public static class SnapshotReport
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page for <paramref name="changes"/>.</summary>
    public static string Render(IReadOnlyList<SnapshotChange> changes, string title)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(Encode(title)).Append("</h1>\n<p class=\"summary\">")
            .Append(Words.Count(changes.Count, "document")).Append(" changed.</p>\n");
        foreach (var change in changes)
        {
            Document(html, change);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Document(StringBuilder html, SnapshotChange change)
    {
        var before = Parse(change.Verified ?? "");
        var after = Parse(change.Received);
        var (added, removed, changed) = Match(before.Findings, after.Findings);
        html.Append("<section class=\"document\" data-name=\"").Append(Encode(change.Name)).Append("\">\n<h2>").Append(Encode(change.Name)).Append("</h2>\n<p class=\"summary\">")
            .Append(change.Verified is null ? "no approved snapshot yet · " : "")
            .Append(Words.Count(added.Count, "finding")).Append(" added, ").Append(removed.Count).Append(" removed, ").Append(changed.Count).Append(" changed</p>\n");
        var lines = change.Text is null ? null : new LineIndex(change.Text);
        List(html, "added", added.Select(f => (f, (Finding?)null)), change.Text, lines);
        List(html, "removed", removed.Select(f => (f, (Finding?)null)), change.Text, lines);
        List(html, "changed", changed.Select(c => (c.After, (Finding?)c.Before)), change.Text, lines);
        var other = UnifiedDiff.Create(string.Join('\n', before.Other), string.Join('\n', after.Other), "approved", "received", context: 1);
        if (other.Length > 0)
        {
            html.Append("<h3>Other lines (header, views, diagnostics)</h3>\n<pre class=\"diff\">").Append(Encode(other)).Append("</pre>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// Pairs the findings of two renderings by what they are, not where: the same analyser, kind, text and order
    /// (each finding with the earliest unpaired one of the same content), so an edit earlier in a line moves the
    /// findings after it instead of replacing them; a pair whose fields differ is changed. Of what is left, a removed
    /// and an added finding of the same analyser and kind over the same characters of a line are one finding whose
    /// text changed. Linear in the number of findings.
    /// </summary>
    private static (List<Finding> Added, List<Finding> Removed, List<(Finding Before, Finding After)> Changed) Match(List<Finding> before, List<Finding> after)
    {
        var waiting = before.GroupBy(f => f.Content, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<Finding>(g), StringComparer.Ordinal);
        var added = new List<Finding>();
        var changed = new List<(Finding Before, Finding After)>();
        var paired = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var finding in after)
        {
            if (waiting.TryGetValue(finding.Content, out var queue) && queue.TryDequeue(out var old))
            {
                paired.Add(old);
                if (!old.Fields.SequenceEqual(finding.Fields, StringComparer.Ordinal))
                {
                    changed.Add((old, finding));
                }
            }
            else
            {
                added.Add(finding);
            }
        }

        var removed = before.Where(f => !paired.Contains(f)).ToList();
        var byPlace = removed.GroupBy(f => (f.Analyser, f.Kind, f.Line)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var finding in added.ToList())
        {
            if (byPlace.TryGetValue((finding.Analyser, finding.Kind, finding.Line), out var candidates)
                && candidates.FirstOrDefault(old => old.Column < finding.Column + Math.Max(1, finding.Length) && finding.Column < old.Column + Math.Max(1, old.Length)) is { } old)
            {
                candidates.Remove(old);
                removed.Remove(old);
                added.Remove(finding);
                changed.Add((old, finding));
            }
        }

        return (added, removed, changed);
    }

    private static void List(StringBuilder html, string what, IEnumerable<(Finding Finding, Finding? Before)> findings, string? text, LineIndex? lines)
    {
        var items = findings.ToList();
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(char.ToUpperInvariant(what[0])).Append(what[1..]).Append("</h3>\n<ul class=\"").Append(what).Append("\">\n");
        foreach (var (finding, before) in items)
        {
            html.Append("<li class=\"finding\" data-change=\"").Append(what).Append("\"><p><span class=\"analyser\">").Append(Encode(finding.Analyser)).Append("</span> <code>")
                .Append(Encode(finding.Header)).Append("</code></p>\n");
            if (Context(finding, text, lines) is var (left, middle, right))
            {
                html.Append("<p class=\"context\">…").Append(Encode(left)).Append("<mark>").Append(Encode(middle)).Append("</mark>").Append(Encode(right)).Append("…</p>\n");
            }

            if (before is null)
            {
                html.Append("<pre class=\"fields\">").Append(Encode(string.Join('\n', finding.Fields))).Append("</pre>\n");
            }
            else
            {
                html.Append("<pre class=\"fields\">");
                if (before.Content != finding.Content)
                {
                    html.Append("<del>- ").Append(Encode(before.Header)).Append("</del>\n");
                }

                foreach (var line in before.Fields.Where(l => !finding.Fields.Contains(l, StringComparer.Ordinal)))
                {
                    html.Append("<del>- ").Append(Encode(line)).Append("</del>\n");
                }

                foreach (var line in finding.Fields.Where(l => !before.Fields.Contains(l, StringComparer.Ordinal)))
                {
                    html.Append("<ins>+ ").Append(Encode(line)).Append("</ins>\n");
                }

                html.Append("</pre>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>Up to 80 characters either side of the finding in the document, read from its line:column and quoted text.</summary>
    private static (string Left, string Middle, string Right)? Context(Finding finding, string? text, LineIndex? lines)
    {
        if (text is null || lines is null || lines.Offset(finding.Line, finding.Column) is not { } start)
        {
            return null;
        }

        var end = Math.Min(text.Length, start + finding.Length);
        var from = Math.Max(0, start - 80);
        var to = Math.Min(text.Length, end + 80);
        return (text[from..start].ReplaceLineEndings(" "), text[start..end], text[end..to].ReplaceLineEndings(" "));
    }

    /// <summary>
    /// The findings of a rendering (analyser header lines are unindented; a finding is <c>  L:C kind "text"</c>, its
    /// fields indented six spaces or more) and every other line.
    /// </summary>
    private static (List<Finding> Findings, List<string> Other) Parse(string rendering)
    {
        var findings = new List<Finding>();
        var other = new List<string>();
        var analyser = "";
        Finding? current = null;
        foreach (var line in rendering.Split('\n'))
        {
            if (current is not null && line.StartsWith("      ", StringComparison.Ordinal))
            {
                current.Fields.Add(line[6..]);
                continue;
            }

            current = null;
            if (line.Length > 0 && line[0] != ' ' && line.Contains(" annotation", StringComparison.Ordinal) && line.Contains("): ", StringComparison.Ordinal))
            {
                analyser = line[..line.IndexOf(' ', StringComparison.Ordinal)];
            }
            else if (analyser.Length > 0 && line.StartsWith("  ", StringComparison.Ordinal) && line.Length > 2 && char.IsAsciiDigit(line[2]) && Finding.TryRead(analyser, line[2..]) is { } finding)
            {
                findings.Add(current = finding);
                continue;
            }
            else if (line.StartsWith("view ", StringComparison.Ordinal) || line == "diagnostics")
            {
                analyser = "";
            }

            other.Add(line);
        }

        return (findings, other);
    }

    private static string Encode(string text) => Html.Encode(text);

    private const string Style = """
        body { font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; max-width: 70rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-top: 1px solid #c8c8c8; padding-top: 1rem; word-break: break-word; } h3 { font-size: 1rem; }
        .summary { color: #4a4a4a; }
        ul { list-style: none; padding: 0; }
        li.finding { border-left: 4px solid #767676; padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
        ul.added li { border-color: #2e7d32; background: #edf7ed; } ul.removed li { border-color: #b3261e; background: #fdecea; } ul.changed li { border-color: #7a4f01; background: #fff8e1; }
        li p { margin: 0.2rem 0; } .analyser { font-weight: 600; } code, pre { font: 0.9rem/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; }
        pre { margin: 0.25rem 0; } .context { font-family: Georgia, serif; color: #333; } mark { background: #ffe58f; color: #1b1b1b; }
        del { color: #8c1d18; text-decoration: line-through; } ins { color: #1e5c23; text-decoration: none; font-weight: 600; }
        pre.diff { background: #f5f5f5; padding: 0.5rem; }

        """;

    /// <summary>One finding of a rendering: its analyser, its header (<c>L:C kind "text"</c>) and its field lines.</summary>
    private sealed class Finding(string analyser, string header, int line, int column, int length)
    {
        public string Analyser => analyser;

        public string Header => header;

        public int Line => line;

        public int Column => column;

        /// <summary>The length of the quoted text once its escapes are read.</summary>
        public int Length => length;

        public List<string> Fields { get; } = [];

        /// <summary>What the finding is, wherever it stands: its analyser, kind and quoted text.</summary>
        public string Content { get; } = analyser + "\n" + header[(header.IndexOf(' ', StringComparison.Ordinal) + 1)..];

        /// <summary>Its kind, the word after its position.</summary>
        public string Kind { get; } = header.Split(' ', 3)[1];

        public static Finding? TryRead(string analyser, string header)
        {
            var space = header.IndexOf(' ', StringComparison.Ordinal);
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var quote = header.IndexOf('"', StringComparison.Ordinal);
            if (space < 0 || colon < 0 || colon > space || quote < 0
                || !int.TryParse(header.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                || !int.TryParse(header.AsSpan(colon + 1, space - colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                return null;
            }

            return new Finding(analyser, header, line, column, UnquotedLength(header.AsSpan(quote + 1, Math.Max(0, header.Length - quote - 2))));
        }

        private static int UnquotedLength(ReadOnlySpan<char> quoted)
        {
            var length = 0;
            for (var i = 0; i < quoted.Length; i++, length++)
            {
                if (quoted[i] == '\\' && i + 1 < quoted.Length)
                {
                    i += quoted[i + 1] == 'u' ? 5 : 1;
                }
            }

            return length;
        }
    }
}
