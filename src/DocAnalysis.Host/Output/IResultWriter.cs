using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>Where a run's results go, one document at a time, in input order.</summary>
public interface IResultWriter : IDisposable
{
    /// <summary>Writes one result; throws <see cref="ResultWriteException"/> when this result alone cannot be written.</summary>
    void Write(AnalysisResult result);

    /// <summary>Called once after the last result (also after a cancelled run: what was written stays).</summary>
    void Complete();
}

/// <summary>The output formats of a run.</summary>
public enum OutputFormat
{
    /// <summary>The human-readable rendering snapshots use.</summary>
    Text,

    /// <summary>One indented JSON file per document, under a folder that mirrors the input tree.</summary>
    Json,

    /// <summary>One JSON record a line.</summary>
    Jsonl,

    /// <summary>A self-contained HTML report under a folder: an index and a page per document.</summary>
    Html,
}

/// <summary>Creates the writer of a format.</summary>
public static class ResultWriter
{
    /// <summary>
    /// A writer of <paramref name="format"/> to <paramref name="path"/>: a folder for <see cref="OutputFormat.Json"/> and <see cref="OutputFormat.Html"/>,
    /// a file (or standard output when null) for the others. <paramref name="analysers"/> orders the text rendering.
    /// </summary>
    public static IResultWriter Create(OutputFormat format, string? path, IReadOnlyList<AnalyserDescriptor> analysers) => format switch
    {
        OutputFormat.Json => new JsonFolderWriter(path ?? throw new ArgumentNullException(nameof(path), "JSON output writes one file per document and needs a folder")),
        OutputFormat.Jsonl => StreamResultWriter.CreateStreamed(path, null),
        OutputFormat.Html => new Html.HtmlReportWriter(path ?? throw new ArgumentNullException(nameof(path), "the HTML report writes one page per document and needs a folder"), analysers),
        _ => StreamResultWriter.CreateStreamed(path, (result, writer) => TextRenderer.Render(result, analysers, writer)),
    };
}

/// <summary>One result could not be written (its id makes no safe file name, say); the others still can.</summary>
public sealed class ResultWriteException(string message) : Exception(message);
