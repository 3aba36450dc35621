using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Reports.Html;

/// <summary>
/// A static, self-contained report of a run under a folder: <c>index.html</c> (the run's summary and one row per
/// document, sortable, with a filter box), <c>documents/NNNN.html</c> (the text with every finding highlighted by
/// kind, findings a view leaves out set apart, the fields of a finding on hover or focus, tables a kind asks for,
/// diagnostics first), and one <c>report.css</c>, <c>kinds.css</c> and <c>report.js</c> they share. How a kind looks
/// is what its analyser's descriptor declares (<see cref="KindDisplay"/>); the report knows no plugin's kinds. No
/// server, no network. Document text is HTML-encoded and the findings travel as JSON whose every <c>&lt;</c>,
/// <c>&gt;</c>, <c>&amp;</c> and quote is escaped, so no document can inject markup or script.
/// </summary>
public sealed class HtmlReportWriter : IResultWriter
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly string _root;
    private readonly IReadOnlyList<AnalyserDescriptor> _analysers;
    private readonly Dictionary<string, KindDisplay> _displays;
    private readonly string _kindsJson;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly List<Row> _rows = [];
    private readonly SortedDictionary<string, int> _totals = new(StringComparer.Ordinal);

    /// <summary>
    /// The report as an output format (<c>html</c>, a folder): for <see cref="ResultWriter.Create"/> and an
    /// application's registry (<c>OutputFormats.Host.With(HtmlReportWriter.Format)</c>).
    /// </summary>
    public static OutputFormat Format { get; } = new("html", true, ".html", "a report to open in a browser, needs --out FOLDER", (path, analysers) => new HtmlReportWriter(path!, analysers));

    /// <summary>Creates a report in <paramref name="folder"/> (created when missing) of a run of <paramref name="analysers"/>.</summary>
    public HtmlReportWriter(string folder, IReadOnlyList<AnalyserDescriptor> analysers)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _root = Path.GetFullPath(folder);
        _analysers = analysers;
        _displays = ReportStyles.Displays(analysers);
        _kindsJson = ReportStyles.Json(_displays.Values, ScriptSafe);
        Directory.CreateDirectory(Path.Combine(_root, "documents"));
        foreach (var asset in (string[])["report.css", "report.js"])
        {
            AtomicFile.WriteAllBytes(Path.Combine(_root, asset), Encoding.UTF8.GetBytes(ReportStyles.Asset(asset)));
        }

        AtomicFile.WriteAllBytes(Path.Combine(_root, "kinds.css"), Encoding.UTF8.GetBytes(ReportStyles.Css(_displays.Values)));
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

    private string DocumentPage(AnalysisResult result)
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
                .Append(_displays.ContainsKey(kind) ? "" : " generic").Append("\" data-kind=\"").Append(Encode(kind)).Append("\"></mark>")
                .Append(Encode(NameOf(kind))).Append(" (").Append(result.Annotations.Count(a => a.Kind == kind)).Append(")</label></li>\n");
        }

        html.Append("</ul>\n<div class=\"layout\">\n<article class=\"text\" aria-label=\"the document's text\">");
        Highlight(html, text, result.Annotations, _displays);
        html.Append("</article>\n<aside id=\"details\" aria-live=\"polite\"><p>Point at or tab to a highlighted finding to see its fields.</p></aside>\n</div>\n");
        foreach (var display in _displays.Values.Where(d => d.Table is not null))
        {
            Tables(html, result, text, display);
        }

        html.Append("<script type=\"application/json\" id=\"findings\">");
        html.Append(Findings(result.Annotations, text));
        html.Append("</script>\n<script type=\"application/json\" id=\"kinds\">").Append(_kindsJson).Append("</script>\n");
        Tail(html, "../");
        return html.ToString();
    }

    /// <summary>
    /// The text with one <c>mark</c> per finding, nested where findings nest; a finding that crosses another's end is
    /// cut there and continued, every piece carrying its index (<c>data-i</c>), so the pieces of a finding together
    /// hold exactly its text. The first piece takes the keyboard focus.
    /// </summary>
    private static void Highlight(StringBuilder html, string text, IReadOnlyList<Annotation> annotations, Dictionary<string, KindDisplay> displays)
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
                    Open(html, annotations[i], i, displays, ref started[i]);
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
                Open(html, annotations[active[k]], active[k], displays, ref started[active[k]]);
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

        static void Open(StringBuilder html, Annotation annotation, int index, Dictionary<string, KindDisplay> displays, ref bool started)
        {
            var display = displays.GetValueOrDefault(annotation.Kind);
            var apart = display?.SetApartWhen is { } field && annotation.Attributes.GetBoolean(field) == true;
            html.Append("<mark data-i=\"").Append(index).Append("\" data-kind=\"").Append(Encode(annotation.Kind)).Append('"');
            var classes = (display is null ? " generic" : "") + (apart ? " apart" : "");
            if (classes.Length > 0)
            {
                html.Append(" class=\"").Append(classes.TrimStart()).Append('"');
            }

            if (apart)
            {
                var label = display!.LabelField is { } labelField ? annotation.Attributes.GetString(labelField) : null;
                html.Append(" data-label=\"").Append(Encode(label ?? display.Name ?? display.Kind)).Append('"');
            }

            if (!started)
            {
                html.Append(" tabindex=\"0\"");
                started = true;
            }

            html.Append('>');
        }
    }

    /// <summary>
    /// Each finding of <paramref name="display"/>'s kind as a table (<see cref="KindTable"/>): a caption of its caption
    /// fields, a row per item of its rows field with its columns; a span shows the text it covers.
    /// </summary>
    private static void Tables(StringBuilder html, AnalysisResult result, string text, KindDisplay display)
    {
        var table = display.Table!;
        var findings = result.Annotations.Select((annotation, index) => (annotation, index)).Where(a => a.annotation.Kind == display.Kind).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(table.Heading)).Append("</h2>\n");
        foreach (var (finding, index) in findings)
        {
            html.Append("<table class=\"kind-table\" data-kind=\"").Append(Encode(display.Kind)).Append("\" data-i=\"").Append(index).Append("\"><caption>");
            var caption = table.Caption.Select(f => (Field: f, Value: finding.Attributes[f])).Where(c => c.Value is not null).ToList();
            for (var c = 0; c < caption.Count; c++)
            {
                html.Append(c switch { 0 => "", 1 => ": ", _ => " — " })
                    .Append("<span data-field=\"").Append(Encode(caption[c].Field)).Append("\" data-value=\"").Append(Encode(Plain(caption[c].Value, text))).Append("\">")
                    .Append(Encode(Plain(caption[c].Value, text))).Append("</span>");
            }

            html.Append("</caption>\n<thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in (finding.Attributes.GetList(table.Rows) ?? []).OfType<AnnotationAttributes>())
            {
                html.Append("<tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<td>").Append(Encode(Plain(row[column], text))).Append("</td>");
                }

                html.Append("</tr>\n");
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

    /// <summary>The publication date and where it came from: the metadata or the reference date.</summary>
    private static string Published(AnalysisResult result) => result.Document?.Metadata switch
    {
        { Published: { } published } => $"{published} (metadata)",
        { ReferenceDate: { } reference } => $"{reference} (reference date)",
        _ => "—",
    };

    /// <summary>A field's value for a table cell: a number in its shortest form, a range with a dash, a span as its text.</summary>
    private static string Plain(object? value, string text) => value switch
    {
        null => "—",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        TextSpan span when span.End <= text.Length => text[span.Start..span.End],
        IEnumerable<object?> list => string.Join("–", list.Select(v => Plain(v, text))),
        _ => value.ToString() ?? "",
    };

    private string NameOf(string kind) => _displays.TryGetValue(kind, out var display) ? display.Name ?? kind : kind;

    private static string Encode(string text) => Html.Encode(text);

    private static void Head(StringBuilder html, string title, string up) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'\">\n<title>")
            .Append(Encode(title)).Append(" · DocAnalysis</title>\n<link rel=\"stylesheet\" href=\"").Append(up).Append("report.css\">\n<link rel=\"stylesheet\" href=\"")
            .Append(up).Append("kinds.css\">\n</head>\n<body>\n<main>\n");

    private static void Tail(StringBuilder html, string up) =>
        html.Append("</main>\n<script src=\"").Append(up).Append("report.js\"></script>\n</body>\n</html>\n");

    private sealed record Row(string Id, string Page, string Published, Dictionary<string, int> Counts, int Problems);
}
