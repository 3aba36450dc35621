using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocAnalysis.Host.Output;
using DocAnalysis.Reports.Html;

namespace DocAnalysis.Reports.Snapshots;

/// <summary>One document whose rendering changed: the approved rendering (null when there was none), the new one, and the document's text when known (for context).</summary>
public sealed record SnapshotChange(string Name, string? Verified, string Received, string? Text = null);

/// <summary>
/// The approval view of changed snapshots as one self-contained HTML page: per document, the findings added, removed
/// and changed (matched by analyser, kind and text in order, not by position; a changed finding shows the fields and
/// the text it lost and gained), each
/// with the text around it when the document is known, and any other changed lines (views, diagnostics) as a diff.
/// The findings come from <see cref="TextRenderer.Read"/>, the rendering's own reader (the approved side exists only as
/// its snapshot file), so the page needs nothing but the two snapshot files.
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
            .Append(Encode(title)).Append("</title>\n<style>\n").Append(ReportStyles.Asset("report.css")).Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(Encode(title)).Append("</h1>\n<p class=\"summary\">")
            .Append(Words.Count(changes.Count, "document")).Append(" changed.</p>\n");
        foreach (var change in changes)
        {
            Document(html, change);
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Document(StringBuilder html, SnapshotChange change)
    {
        var before = TextRenderer.Read(change.Verified ?? "");
        var after = TextRenderer.Read(change.Received);
        var (added, removed, changed) = Match(before.Findings, after.Findings);
        html.Append("<section class=\"document\" data-name=\"").Append(Encode(change.Name)).Append("\">\n<h2>").Append(Encode(change.Name)).Append("</h2>\n<p class=\"summary\">")
            .Append(change.Verified is null ? "no approved snapshot yet · " : "")
            .Append(Words.Count(added.Count, "finding")).Append(" added, ").Append(removed.Count).Append(" removed, ").Append(changed.Count).Append(" changed</p>\n");
        var lines = change.Text is null ? null : new LineIndex(change.Text);
        List(html, "added", added.Select(f => (f, (RenderedFinding?)null)), change.Text, lines);
        List(html, "removed", removed.Select(f => (f, (RenderedFinding?)null)), change.Text, lines);
        List(html, "changed", changed.Select(c => (c.After, (RenderedFinding?)c.Before)), change.Text, lines);
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
    private static (List<RenderedFinding> Added, List<RenderedFinding> Removed, List<(RenderedFinding Before, RenderedFinding After)> Changed) Match(IReadOnlyList<RenderedFinding> before, IReadOnlyList<RenderedFinding> after)
    {
        var waiting = before.GroupBy(f => f.Content, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<RenderedFinding>(g), StringComparer.Ordinal);
        var added = new List<RenderedFinding>();
        var changed = new List<(RenderedFinding Before, RenderedFinding After)>();
        var paired = new HashSet<RenderedFinding>(ReferenceEqualityComparer.Instance);
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

    private static void List(StringBuilder html, string what, IEnumerable<(RenderedFinding Finding, RenderedFinding? Before)> findings, string? text, LineIndex? lines)
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
    private static (string Left, string Middle, string Right)? Context(RenderedFinding finding, string? text, LineIndex? lines)
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

    private static string Encode(string text) => Html.Encode(text);
}
