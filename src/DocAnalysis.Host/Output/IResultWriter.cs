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
    /// A file or folder is locked against a second run writing it; throws <see cref="OutputTargetException"/> when
    /// the target cannot be written at all (no rights, a read-only file system, another run holds it).
    /// </summary>
    public static IResultWriter Create(OutputFormat format, string? path, IReadOnlyList<AnalyserDescriptor> analysers) => format switch
    {
        OutputFormat.Json => InFolder(path ?? throw new ArgumentNullException(nameof(path), "JSON output writes one file per document and needs a folder"), () => new JsonFolderWriter(path)),
        OutputFormat.Jsonl => StreamResultWriter.CreateStreamed(path, null),
        OutputFormat.Html => InFolder(path ?? throw new ArgumentNullException(nameof(path), "the HTML report writes one page per document and needs a folder"), () => new Html.HtmlReportWriter(path, analysers)),
        _ => StreamResultWriter.CreateStreamed(path, (result, writer) => TextRenderer.Render(result, analysers, writer)),
    };

    /// <summary>A folder writer, the folder created and locked first.</summary>
    private static IResultWriter InFolder(string folder, Func<IResultWriter> create)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputTargetException.CannotWrite(folder, e);
        }

        var folderLock = OutputLock.Acquire(folder, folder: true);
        try
        {
            return new Locked(create(), folderLock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folderLock.Dispose();
            throw OutputTargetException.CannotWrite(folder, e);
        }
    }

    /// <summary>A writer that holds its target's lock until it is disposed.</summary>
    private sealed class Locked(IResultWriter inner, OutputLock held) : IResultWriter
    {
        public void Write(AnalysisResult result) => inner.Write(result);

        public void Complete() => inner.Complete();

        public void Dispose()
        {
            inner.Dispose();
            held.Dispose();
        }
    }
}

/// <summary>One result could not be written (its id makes no safe file name, say); the others still can.</summary>
public sealed class ResultWriteException(string message) : Exception(message);
