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

/// <summary>Creates the writer of a format.</summary>
public static class ResultWriter
{
    /// <summary>
    /// A writer of <paramref name="format"/> to <paramref name="path"/>: a folder for a format that
    /// <see cref="OutputFormat.WritesFolder"/>, a file (or standard output when null) for the others.
    /// <paramref name="analysers"/> orders the text rendering. A file or folder is locked against a second run writing
    /// it; throws <see cref="OutputTargetException"/> when the target cannot be written at all (no rights, a read-only
    /// file system, another run holds it).
    /// </summary>
    public static IResultWriter Create(OutputFormat format, string? path, IReadOnlyList<AnalyserDescriptor> analysers)
    {
        ArgumentNullException.ThrowIfNull(format);
        return !format.WritesFolder ? format.CreateWriter(path, analysers)
            : InFolder(path ?? throw new ArgumentNullException(nameof(path), $"{format} output writes one file per document and needs a folder"), () => format.CreateWriter(path, analysers));
    }

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
