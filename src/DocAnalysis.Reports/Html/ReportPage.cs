using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Reports.Html;

/// <summary>
/// The report's page of one document, for a pipeline: the text with every finding highlighted as its analyser's
/// descriptor declares (<see cref="KindDisplay"/>), a legend, a details panel, the tables a kind asks for, and the
/// assets the page needs (<see cref="Assets"/>). The report folder's pages and <c>docanalysis serve</c>'s page are
/// drawn by it.
/// </summary>
public sealed class ReportPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Dictionary<string, KindDisplay> _displays;
    private readonly string _kindsJson;

    /// <summary>Pages for a run of <paramref name="analysers"/>.</summary>
    public ReportPage(IReadOnlyList<AnalyserDescriptor> analysers)
    {
        ArgumentNullException.ThrowIfNull(analysers);
        _displays = ReportStyles.Displays(analysers);
        _kindsJson = ReportStyles.Json(_displays.Values, ScriptSafe);
        Assets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.css"] = ReportStyles.Asset("report.css"),
            ["kinds.css"] = ReportStyles.Css(_displays.Values),
            ["report.js"] = ReportStyles.Asset("report.js"),
        };
    }

    /// <summary>The files a page links to, by name: <c>report.css</c>, <c>kinds.css</c> (this pipeline's kinds) and <c>report.js</c>.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>
    /// The page of one document: its highlighted text, legend, details panel and tables. The assets are found under
    /// <paramref name="assets"/> (<c>../</c> in a report folder); <paramref name="index"/>, when given, is linked as
    /// "All documents"; <paramref name="prelude"/> is markup the caller writes before the title as it is (a form, say):
    /// it must not come from a document.
    /// </summary>
    public string Document(AnalysisResult result, string assets = "../", string? index = "../index.html", string? prelude = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Document?.Text ?? "";
        var html = new StringBuilder(text.Length * 2);
        Head(html, result.Id, assets);
        html.Append(prelude);
        if (index is not null)
        {
            html.Append("<p><a href=\"").Append(Encode(index)).Append("\">All documents</a></p>\n");
        }

        html.Append("<h1>").Append(Encode(result.Id)).Append("</h1>\n<p class=\"meta\">")
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
        Tail(html, assets);
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
    internal static string Published(AnalysisResult result) => result.Document?.Metadata switch
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

    internal static string Encode(string text) => Html.Encode(text);

    /// <summary>A page's head with the report's content security policy, its stylesheets under <paramref name="up"/>, and the start of its body.</summary>
    public static void Head(StringBuilder html, string title, string up) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'\">\n<title>")
            .Append(Encode(title)).Append(" · DocAnalysis</title>\n<link rel=\"stylesheet\" href=\"").Append(up).Append("report.css\">\n<link rel=\"stylesheet\" href=\"")
            .Append(up).Append("kinds.css\">\n</head>\n<body>\n<main>\n");

    /// <summary>The end of a page: its script under <paramref name="up"/>.</summary>
    public static void Tail(StringBuilder html, string up) =>
        html.Append("</main>\n<script src=\"").Append(up).Append("report.js\"></script>\n</body>\n</html>\n");
}
