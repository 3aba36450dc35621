using System.Collections.Concurrent;

namespace DocAnalysis.Host.Output;

/// <summary>Writes a file so that readers see either the old content or the whole new content, never half of it.</summary>
public static class AtomicFile
{
    private static readonly ConcurrentDictionary<string, byte> Temporaries = new(StringComparer.Ordinal);

    /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = CreateTemporary(path, out var stream);
        try
        {
            using (stream)
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            Release(temporary);
        }
    }

    /// <summary>Writes UTF-8 text without a byte order mark.</summary>
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>
    /// Creates a hidden temporary file beside <paramref name="path"/> (a short name, so any target name that fits
    /// fits) and registers it, so that <see cref="DeleteTemporaries"/> can remove it if the process must end at once.
    /// </summary>
    public static string CreateTemporary(string path, out FileStream stream)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".docanalysis-{Guid.NewGuid():N}.tmp");
        Register(temporary);
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch
        {
            Temporaries.TryRemove(temporary, out _);
            throw;
        }

        return temporary;
    }

    /// <summary>Registers a file of this process's own (a temporary or a lock file) for <see cref="DeleteTemporaries"/>.</summary>
    internal static void Register(string path) => Temporaries[path] = 0;

    /// <summary>Deletes a temporary file (if it is still there) and forgets it.</summary>
    public static void Release(string temporary)
    {
        File.Delete(temporary);
        Temporaries.TryRemove(temporary, out _);
    }

    /// <summary>Deletes every temporary file not yet renamed into place, and this run's lock files: for a process that must end at once.</summary>
    public static void DeleteTemporaries()
    {
        foreach (var temporary in Temporaries.Keys)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Ending anyway; nothing more can be done for it.
            }
        }
    }
}
