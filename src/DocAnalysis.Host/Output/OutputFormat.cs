using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// An output format of a run: its name (<c>--format NAME</c>), whether it writes one file (or a stream) or a folder,
/// the extension that names it in <c>--out</c>, and how its writer is made. <see cref="OutputFormats"/> lists them.
/// </summary>
/// <param name="name">The format's name, as <c>--format</c> takes it.</param>
/// <param name="writesFolder">Whether it writes a folder (one file per document) rather than one file or a stream.</param>
/// <param name="extension">The extension of the file it writes, or of each document's file in its folder (<c>.jsonl</c>).</param>
/// <param name="description">What it writes, in a few words for help.</param>
/// <param name="create">Makes a writer to a path (a folder, a file, or standard output when null) for a pipeline.</param>
public sealed class OutputFormat(string name, bool writesFolder, string extension, string description, Func<string?, IReadOnlyList<AnalyserDescriptor>, IResultWriter> create)
{
    /// <summary>The format's name, as <c>--format</c> takes it.</summary>
    public string Name { get; } = name;

    /// <summary>Whether it writes a folder (one file per document) rather than one file or a stream.</summary>
    public bool WritesFolder { get; } = writesFolder;

    /// <summary>The extension of the file it writes, or of each document's file in its folder (<c>.jsonl</c>, <c>.json</c>).</summary>
    public string Extension { get; } = extension;

    /// <summary>What it writes, in a few words for help.</summary>
    public string Description { get; } = description;

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A writer to <paramref name="path"/>; <see cref="ResultWriter.Create"/> locks its target first.</summary>
    internal IResultWriter CreateWriter(string? path, IReadOnlyList<AnalyserDescriptor> analysers) => create(path, analysers);
}

/// <summary>
/// The registry of output formats an application offers: <see cref="Host"/>'s own, plus those of other modules
/// (<c>OutputFormats.Host.With(HtmlReportWriter.Format)</c>). <c>docanalysis run</c> takes its <c>--format</c> values,
/// help and inference from <c>--out</c> from one. A new format of the host is its writer class and one line in
/// <see cref="Host"/>.
/// </summary>
public sealed class OutputFormats : IReadOnlyList<OutputFormat>
{
    private readonly IReadOnlyList<OutputFormat> _formats;

    private OutputFormats(IReadOnlyList<OutputFormat> formats) => _formats = formats;

    /// <summary>
    /// The host's formats, in the order help lists them. The first that writes a file is the default; the first that
    /// writes a folder is what an <c>--out</c> folder (or a name without an extension) means.
    /// </summary>
    public static OutputFormats Host { get; } = new(
    [
        new("text", false, ".txt", "the snapshot rendering", (path, analysers) => StreamResultWriter.CreateStreamed(path, (result, writer) => TextRenderer.Render(result, analysers, writer))),
        new("json", true, ".json", "one file per document, needs --out FOLDER", (path, _) => new JsonFolderWriter(path!)),
        new("jsonl", false, ".jsonl", "one record a line", (path, _) => StreamResultWriter.CreateStreamed(path, null)),
    ]);

    /// <summary>The format of standard output and of a stream, unless one is named.</summary>
    public OutputFormat DefaultFile => _formats.First(f => !f.WritesFolder);

    /// <summary>The format an <c>--out</c> folder, or a name without an extension, means.</summary>
    public OutputFormat DefaultFolder => _formats.First(f => f.WritesFolder);

    /// <inheritdoc/>
    public int Count => _formats.Count;

    /// <inheritdoc/>
    public OutputFormat this[int index] => _formats[index];

    /// <summary>These formats and <paramref name="format"/>, after them; a name taken twice is refused.</summary>
    public OutputFormats With(OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return Find(format.Name) is null ? new([.. _formats, format])
            : throw new ArgumentException($"there is already an output format named '{format.Name}'", nameof(format));
    }

    /// <summary>The format of that name, ignoring case, or null.</summary>
    public OutputFormat? Find(string name) => _formats.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The format whose extension <paramref name="extension"/> (with its dot) is, ignoring case, or null.</summary>
    public OutputFormat? ForExtension(string extension) =>
        _formats.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public IEnumerator<OutputFormat> GetEnumerator() => _formats.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
