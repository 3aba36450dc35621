using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output.Html;

/// <summary>
/// A static, self-contained report of a run under a folder: <c>index.html</c> (the run's summary and one row per
/// document, sortable, with a filter box), <c>documents/NNNN.html</c> (the text with every finding highlighted by
/// kind, the stripped lines set apart, the fields of a finding on hover or focus, quantity groups as tables,
/// diagnostics first), and one <c>report.css</c> and <c>report.js</c> they share. No server, no network. Document text
/// is HTML-encoded and the findings travel as JSON whose every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote is
/// escaped, so no document can inject markup or script.
/// </summary>
public sealed class HtmlReportWriter : IResultWriter
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly string _root;
    private readonly IReadOnlyList<AnalyserDescriptor> _analysers;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<Row> _rows = [];
    private readonly SortedDictionary<string, int> _totals = new(StringComparer.Ordinal);

    /// <summary>Creates a report in <paramref name="folder"/> (created when missing) of a run of <paramref name="analysers"/>.</summary>
    public HtmlReportWriter(string folder, IReadOnlyList<AnalyserDescriptor> analysers)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _root = Path.GetFullPath(folder);
        _analysers = analysers;
        Directory.CreateDirectory(Path.Combine(_root, "documents"));
        foreach (var asset in (string[])["report.css", "report.js"])
        {
            using var resource = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(asset)!;
            using var file = new MemoryStream();
            resource.CopyTo(file);
            AtomicFile.WriteAllBytes(Path.Combine(_root, asset), file.ToArray());
        }
    }

    /// <inheritdoc/>
    public void Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var page = $"documents/{_rows.Count + 1:D4}.html";
        var counts = result.Annotations.GroupBy(a => a.Kind, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var (kind, count) in counts)
        {
            _totals[kind] = _totals.GetValueOrDefault(kind) + count;
        }

        _rows.Add(new Row(result.Id, page, Published(result), counts, result.Diagnostics.Count));
        AtomicFile.WriteAllBytes(Path.Combine(_root, page), Encoding.UTF8.GetBytes(DocumentPage(result)));
    }

    /// <inheritdoc/>
    public void Complete()
    {
        var html = new StringBuilder();
        Head(html, "DocAnalysis report", "");
        html.Append("<h1>DocAnalysis report</h1>\n<p class=\"summary\">")
            .Append(Words.Count(_rows.Count, "document")).Append(", ")
            .Append(_totals.Count == 0 ? "no findings" : string.Join(", ", _totals.Select(t => $"{t.Value} {Encode(t.Key)}")))
            .Append(", ").Append(Words.Count(_rows.Count(r => r.Problems > 0), "document")).Append(" with problems; written in ")
            .Append(Stopwatch.GetElapsedTime(_started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s.</p>\n")
            .Append("<p class=\"summary\">Analysers: ")
            .Append(string.Join(", ", _analysers.Select(a => $"{Encode(a.Id)} {a.Version.ToString(3)}"))).Append("</p>\n");
        var kinds = _analysers.SelectMany(a => a.Provides).Concat(_totals.Keys).Distinct(StringComparer.Ordinal).Where(k => _totals.ContainsKey(k)).ToList();
        html.Append("<p><label for=\"filter\">Filter documents </label><input type=\"search\" id=\"filter\" placeholder=\"id, date, …\"></p>\n")
            .Append("<table id=\"documents\" class=\"sortable\">\n<thead><tr><th scope=\"col\"><button type=\"button\">document</button></th>")
            .Append("<th scope=\"col\"><button type=\"button\">published</button></th>");
        foreach (var kind in kinds)
        {
            html.Append("<th scope=\"col\"><button type=\"button\">").Append(Encode(kind)).Append("</button></th>");
        }

        html.Append("<th scope=\"col\"><button type=\"button\">problems</button></th></tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            html.Append("<tr><td><a href=\"").Append(row.Page).Append("\">").Append(Encode(row.Id)).Append("</a></td><td>").Append(Encode(row.Published)).Append("</td>");
            foreach (var kind in kinds)
            {
                html.Append("<td class=\"n\">").Append(row.Counts.GetValueOrDefault(kind)).Append("</td>");
            }

            html.Append("<td class=\"n\">").Append(row.Problems).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        Tail(html, "");
        AtomicFile.WriteAllBytes(Path.Combine(_root, "index.html"), Encoding.UTF8.GetBytes(html.ToString()));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static string DocumentPage(AnalysisResult result)
    {
        var text = result.Document?.Text ?? "";
        var html = new StringBuilder(text.Length * 2);
        Head(html, result.Id, "../");
        html.Append("<p><a href=\"../index.html\">All documents</a></p>\n<h1>").Append(Encode(result.Id)).Append("</h1>\n<p class=\"meta\">")
            .Append(Encode(result.Source)).Append(" · published: ").Append(Encode(Published(result))).Append("</p>\n");
        if (result.Diagnostics.Count > 0)
        {
            html.Append("<section class=\"diagnostics\" aria-label=\"problems\"><ul>\n");
            foreach (var diagnostic in result.Diagnostics)
            {
                html.Append("<li><strong>").Append(Encode(diagnostic.Id)).Append("</strong> ").Append(Encode(diagnostic.Message)).Append("</li>\n");
            }

            html.Append("</ul></section>\n");
        }

        var kinds = result.Annotations.Select(a => a.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Append("<ul class=\"legend\" aria-label=\"kinds of finding: untick one to hide its highlights\">\n");
        foreach (var kind in kinds)
        {
            html.Append("<li><label><input type=\"checkbox\" checked data-toggle-kind=\"").Append(Encode(kind)).Append("\"><mark class=\"swatch")
                .Append(IsKnown(kind) ? "" : " generic").Append("\" data-kind=\"").Append(Encode(kind)).Append("\"></mark>")
                .Append(Encode(kind)).Append(" (").Append(result.Annotations.Count(a => a.Kind == kind)).Append(")</label></li>\n");
        }

        html.Append("</ul>\n<div class=\"layout\">\n<article class=\"text\" aria-label=\"the document's text\">");
        Highlight(html, text, result.Annotations);
        html.Append("</article>\n<aside id=\"details\" aria-live=\"polite\"><p>Point at or tab to a highlighted finding to see its fields.</p></aside>\n</div>\n");
        Groups(html, result, text);
        html.Append("<script type=\"application/json\" id=\"findings\">");
        html.Append(Findings(result.Annotations, text));
        html.Append("</script>\n");
        Tail(html, "../");
        return html.ToString();
    }

    /// <summary>
    /// The text with one <c>mark</c> per finding, nested where findings nest; a finding that crosses another's end is
    /// cut there and continued, every piece carrying its index (<c>data-i</c>), so the pieces of a finding together
    /// hold exactly its text. The first piece takes the keyboard focus.
    /// </summary>
    private static void Highlight(StringBuilder html, string text, IReadOnlyList<Annotation> annotations)
    {
        var order = Enumerable.Range(0, annotations.Count)
            .OrderBy(i => annotations[i].Span.Start).ThenByDescending(i => annotations[i].Span.End).ThenBy(i => i).ToList();
        var rank = new int[annotations.Count];
        for (var r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        var bounds = annotations.SelectMany(a => (int[])[a.Span.Start, a.Span.End]).Append(0).Append(text.Length).Distinct().Order().ToList();
        var open = new List<int>();
        var started = new bool[annotations.Count];
        var next = 0;
        var active = new List<int>();
        for (var b = 0; b < bounds.Count; b++)
        {
            var at = bounds[b];
            active.RemoveAll(i => annotations[i].Span.End <= at);
            while (next < order.Count && annotations[order[next]].Span.Start <= at)
            {
                var i = order[next++];
                if (annotations[i].Span.IsEmpty)
                {
                    Close(html, open, 0);
                    Open(html, annotations[i], i, ref started[i]);
                    html.Append("</mark>");
                }
                else
                {
                    active.Add(i);
                }
            }

            active.Sort((x, y) => rank[x].CompareTo(rank[y]));
            var keep = 0;
            while (keep < open.Count && keep < active.Count && open[keep] == active[keep])
            {
                keep++;
            }

            Close(html, open, keep);
            for (var k = keep; k < active.Count; k++)
            {
                Open(html, annotations[active[k]], active[k], ref started[active[k]]);
                open.Add(active[k]);
            }

            if (b + 1 < bounds.Count)
            {
                html.Append(Encode(text[at..bounds[b + 1]]));
            }
        }

        Close(html, open, 0);

        static void Close(StringBuilder html, List<int> open, int keep)
        {
            for (var k = open.Count - 1; k >= keep; k--)
            {
                html.Append("</mark>");
            }

            open.RemoveRange(keep, open.Count - keep);
        }

        static void Open(StringBuilder html, Annotation annotation, int index, ref bool started)
        {
            var stripped = annotation.Attributes.GetBoolean("stripped") == true;
            html.Append("<mark data-i=\"").Append(index).Append("\" data-kind=\"").Append(Encode(annotation.Kind)).Append('"');
            var classes = (IsKnown(annotation.Kind) ? "" : " generic") + (stripped ? " stripped" : "");
            if (classes.Length > 0)
            {
                html.Append(" class=\"").Append(classes.TrimStart()).Append('"');
            }

            if (stripped)
            {
                html.Append(" data-label=\"").Append(Encode(annotation.Attributes.GetString("label") ?? "stripped")).Append('"');
            }

            if (!started)
            {
                html.Append(" tabindex=\"0\"");
                started = true;
            }

            html.Append('>');
        }
    }

    /// <summary>Each quantity group as a table: its members with value, qualifier, source and time, its status and why.</summary>
    private static void Groups(StringBuilder html, AnalysisResult result, string text)
    {
        var groups = result.Annotations.Select((annotation, index) => (annotation, index)).Where(a => a.annotation.Kind == Kinds.QuantityGroup).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        html.Append("<h2>Quantity groups</h2>\n");
        foreach (var (group, index) in groups)
        {
            var status = group.Attributes.GetString("status") ?? "";
            html.Append("<table class=\"group\" data-i=\"").Append(index).Append("\"><caption>")
                .Append(Encode(group.Attributes.GetString("measure") ?? "quantity")).Append(": <span class=\"status-").Append(Encode(status)).Append("\">")
                .Append(Encode(status)).Append("</span>");
            if (group.Attributes.GetString("explanation") is { } explanation)
            {
                html.Append(" — ").Append(Encode(explanation));
            }

            html.Append("</caption>\n<thead><tr><th scope=\"col\">member</th><th scope=\"col\">value</th><th scope=\"col\">qualifier</th><th scope=\"col\">source</th><th scope=\"col\">time</th></tr></thead>\n<tbody>\n");
            foreach (var member in (group.Attributes.GetList("members") ?? []).OfType<AnnotationAttributes>())
            {
                var span = member.GetSpan("span");
                html.Append("<tr><td>").Append(span is { } s ? Encode(text.Substring(s.Start, s.Length)) : "")
                    .Append("</td><td>").Append(Encode(Plain(member["value"])))
                    .Append("</td><td>").Append(Encode(member.GetString("qualifier") ?? ""))
                    .Append("</td><td>").Append(Encode(member.GetString("source") ?? "—"))
                    .Append("</td><td>").Append(Encode(member.GetString("time") ?? "—")).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }
    }

    /// <summary>The findings as JSON for the page's script, as the JSON record has them, with every character that could end a script escaped.</summary>
    private static string Findings(IReadOnlyList<Annotation> annotations, string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ScriptSafe))
        {
            writer.WriteStartArray();
            foreach (var annotation in annotations)
            {
                ResultJson.WriteAnnotation(writer, annotation, text);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The publication date and where it came from: the metadata, the reference date, or the text's dateline.</summary>
    private static string Published(AnalysisResult result)
    {
        var metadata = result.Document?.Metadata;
        if (metadata?.Published is { } published)
        {
            return $"{published} (metadata)";
        }

        if (metadata?.ReferenceDate is { } reference)
        {
            return $"{reference} (reference date)";
        }

        var dateline = result.Annotations.FirstOrDefault(a => a.Kind == Kinds.Date && a.Attributes.GetString("anchor_source") == "dateline");
        return dateline?.Attributes.GetString("anchor") is { } anchor ? $"{anchor} (dateline)" : "—";
    }

    private static string Plain(object? value) => value switch
    {
        null => "—",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable<object?> list => string.Join("–", list.Select(Plain)),
        _ => value.ToString() ?? "",
    };

    private static bool IsKnown(string kind) => kind is Kinds.Date or Kinds.Attribution or Kinds.Quantity or Kinds.QuantityGroup or Kinds.CreditLine;

    private static string Encode(string text) => Html.Encode(text);

    private static void Head(StringBuilder html, string title, string up) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'\">\n<title>")
            .Append(Encode(title)).Append(" · DocAnalysis</title>\n<link rel=\"stylesheet\" href=\"").Append(up).Append("report.css\">\n</head>\n<body>\n<main>\n");

    private static void Tail(StringBuilder html, string up) =>
        html.Append("</main>\n<script src=\"").Append(up).Append("report.js\"></script>\n</body>\n</html>\n");

    private sealed record Row(string Id, string Page, string Published, Dictionary<string, int> Counts, int Problems);
}
