using DocAnalysis.Host.Platform;

namespace DocAnalysis.Host.Output;

/// <summary>
/// An advisory lock that one run holds on an output target while it writes it, so that a second run writing the same
/// file or folder is refused instead of silently replacing the first one's records. The lock is on a hidden file beside
/// the target (<c>.NAME.docanalysis-lock</c>, inside a folder target); the operating system releases it when the
/// process ends, however it ends, and the file is removed when the run completes.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;

    private OutputLock(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    /// <summary>The lock file of a file target, or of a folder target when <paramref name="folder"/>.</summary>
    public static string PathFor(string target, bool folder)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        return folder ? Path.Combine(full, ".docanalysis-lock") : Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.docanalysis-lock");
    }

    /// <summary>
    /// Takes the lock of <paramref name="target"/>; throws <see cref="OutputTargetException"/> when another run holds
    /// it or it cannot be made.
    /// </summary>
    public static OutputLock Acquire(string target, bool folder)
    {
        var path = PathFor(target, folder);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            FileStream stream;
            try
            {
                // FileShare.None takes an exclusive flock on the file; a second run's open fails at once.
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            }
            catch (IOException e) when (File.Exists(path) && e is not PathTooLongException)
            {
                throw new OutputTargetException($"another run is writing its results to {target}: wait for it to finish, or write to another place");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OutputTargetException.CannotWrite(target, e);
            }

            // A run that finished between our open and our lock removed the file we locked: ours must be the one the
            // path names now, else another run may lock a new file under the same name.
            if (Posix.SameFile(path, stream.SafeFileHandle))
            {
                AtomicFile.Register(path);
                return new OutputLock(path, stream);
            }

            stream.Dispose();
        }

        throw new OutputTargetException($"another run is writing its results to {target}: wait for it to finish, or write to another place");
    }

    /// <summary>Removes the lock file while still holding it, then releases it.</summary>
    public void Dispose()
    {
        try
        {
            AtomicFile.Release(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind: harmless, the next run takes it over.
        }

        _stream.Dispose();
    }
}

/// <summary>The output target cannot be written at all (no rights, a read-only file system, another run holds it): nothing was analysed.</summary>
public sealed class OutputTargetException(string message) : Exception(message)
{
    /// <summary>"cannot write the results to TARGET: the reason", from the file system's error.</summary>
    internal static OutputTargetException CannotWrite(string target, Exception e) => new($"cannot write the results to {target}: {Reason(e)}");

    /// <summary>A file system error in a user's words: "permission denied" rather than "Access to the path … is denied".</summary>
    internal static string Reason(Exception e) => e is UnauthorizedAccessException ? "permission denied" : e.Message;
}
