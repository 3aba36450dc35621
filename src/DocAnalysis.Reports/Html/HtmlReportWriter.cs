using System.Diagnostics;
using System.Globalization;
using System.Text;
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
    private readonly string _root;
    private readonly IReadOnlyList<AnalyserDescriptor> _analysers;
    private readonly ReportPage _page;
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
        _page = new ReportPage(analysers);
        Directory.CreateDirectory(Path.Combine(_root, "documents"));
        foreach (var (name, content) in _page.Assets)
        {
            AtomicFile.WriteAllBytes(Path.Combine(_root, name), Encoding.UTF8.GetBytes(content));
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

        _rows.Add(new Row(result.Id, page, ReportPage.Published(result), counts, result.Diagnostics.Count));
        AtomicFile.WriteAllBytes(Path.Combine(_root, page), Encoding.UTF8.GetBytes(_page.Document(result)));
    }

    /// <inheritdoc/>
    public void Complete()
    {
        var html = new StringBuilder();
        ReportPage.Head(html, "DocAnalysis report", "");
        html.Append("<h1>DocAnalysis report</h1>\n<p class=\"summary\">")
            .Append(Words.Count(_rows.Count, "document")).Append(", ")
            .Append(_totals.Count == 0 ? "no findings" : string.Join(", ", _totals.Select(t => $"{t.Value} {ReportPage.Encode(t.Key)}")))
            .Append(", ").Append(Words.Count(_rows.Count(r => r.Problems > 0), "document")).Append(" with problems; written in ")
            .Append(Stopwatch.GetElapsedTime(_started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" s.</p>\n")
            .Append("<p class=\"summary\">Analysers: ")
            .Append(string.Join(", ", _analysers.Select(a => $"{ReportPage.Encode(a.Id)} {a.Version.ToString(3)}"))).Append("</p>\n");
        var kinds = _analysers.SelectMany(a => a.Provides).Concat(_totals.Keys).Distinct(StringComparer.Ordinal).Where(k => _totals.ContainsKey(k)).ToList();
        html.Append("<p><label for=\"filter\">Filter documents </label><input type=\"search\" id=\"filter\" placeholder=\"id, date, …\"></p>\n")
            .Append("<table id=\"documents\" class=\"sortable\">\n<thead><tr><th scope=\"col\"><button type=\"button\">document</button></th>")
            .Append("<th scope=\"col\"><button type=\"button\">published</button></th>");
        foreach (var kind in kinds)
        {
            html.Append("<th scope=\"col\"><button type=\"button\">").Append(ReportPage.Encode(kind)).Append("</button></th>");
        }

        html.Append("<th scope=\"col\"><button type=\"button\">problems</button></th></tr></thead>\n<tbody>\n");
        foreach (var row in _rows)
        {
            html.Append("<tr><td><a href=\"").Append(row.Page).Append("\">").Append(ReportPage.Encode(row.Id)).Append("</a></td><td>").Append(ReportPage.Encode(row.Published)).Append("</td>");
            foreach (var kind in kinds)
            {
                html.Append("<td class=\"n\">").Append(row.Counts.GetValueOrDefault(kind)).Append("</td>");
            }

            html.Append("<td class=\"n\">").Append(row.Problems).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        ReportPage.Tail(html, "");
        AtomicFile.WriteAllBytes(Path.Combine(_root, "index.html"), Encoding.UTF8.GetBytes(html.ToString()));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed record Row(string Id, string Page, string Published, Dictionary<string, int> Counts, int Problems);
}
