using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// An output format of a run: its name (<c>--format NAME</c>), whether it writes one file (or a stream) or a folder,
/// the extension that names it in <c>--out</c>, and how its writer is made. <see cref="All"/> is the registry: a new
/// format is its writer class and one line there; <c>docanalysis run</c> takes its <c>--format</c> values, help and
/// inference from <c>--out</c> from it.
/// </summary>
public sealed class OutputFormat
{
    private readonly Func<string?, IReadOnlyList<AnalyserDescriptor>, IResultWriter> _create;

    private OutputFormat(string name, bool writesFolder, string extension, string description, Func<string?, IReadOnlyList<AnalyserDescriptor>, IResultWriter> create)
    {
        Name = name;
        WritesFolder = writesFolder;
        Extension = extension;
        Description = description;
        _create = create;
    }

    /// <summary>
    /// The formats, in the order help lists them. The first that writes a file is the default; the first that writes
    /// a folder is what an <c>--out</c> folder (or a name without an extension) means.
    /// </summary>
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("text", false, ".txt", "the snapshot rendering", (path, analysers) => StreamResultWriter.CreateStreamed(path, (result, writer) => TextRenderer.Render(result, analysers, writer))),
        new("json", true, ".json", "one file per document, needs --out FOLDER", (path, _) => new JsonFolderWriter(path!)),
        new("jsonl", false, ".jsonl", "one record a line", (path, _) => StreamResultWriter.CreateStreamed(path, null)),
        new("html", true, ".html", "a report to open in a browser, needs --out FOLDER", (path, analysers) => new Html.HtmlReportWriter(path!, analysers)),
    ];

    /// <summary>The human-readable rendering snapshots use.</summary>
    public static OutputFormat Text => Named("text");

    /// <summary>One indented JSON file per document, under a folder that mirrors the input tree.</summary>
    public static OutputFormat Json => Named("json");

    /// <summary>One JSON record a line.</summary>
    public static OutputFormat Jsonl => Named("jsonl");

    /// <summary>A self-contained HTML report under a folder: an index and a page per document.</summary>
    public static OutputFormat Html => Named("html");

    /// <summary>The format's name, as <c>--format</c> takes it.</summary>
    public string Name { get; }

    /// <summary>Whether it writes a folder (one file per document) rather than one file or a stream.</summary>
    public bool WritesFolder { get; }

    /// <summary>The extension of the file it writes, or of each document's file in its folder (<c>.jsonl</c>, <c>.json</c>).</summary>
    public string Extension { get; }

    /// <summary>What it writes, in a few words for help.</summary>
    public string Description { get; }

    /// <summary>The format of that name, or null.</summary>
    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A writer to <paramref name="path"/> (a folder, a file, or standard output when null); <see cref="ResultWriter.Create"/> locks its target first.</summary>
    internal IResultWriter CreateWriter(string? path, IReadOnlyList<AnalyserDescriptor> analysers) => _create(path, analysers);

    private static OutputFormat Named(string name) => Find(name)!;
}
