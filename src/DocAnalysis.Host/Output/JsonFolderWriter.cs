using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// One indented JSON file per document under a folder, mirroring the input tree (<c>ID.json</c>), each written
/// atomically. An id that makes no safe file name (outside the folder, through a link, a name the file system refuses,
/// or the same file as an earlier document's) is an error of that document alone.
/// </summary>
public sealed class JsonFolderWriter : IResultWriter
{
    private readonly string _root;
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>Creates a writer into <paramref name="folder"/>, which is created when missing.</summary>
    public JsonFolderWriter(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
    }

    /// <inheritdoc/>
    public void Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = PathOf(result.Id);
        if (_written.TryGetValue(path, out var earlier))
        {
            throw new ResultWriteException($"the document id '{Shown(result.Id)}' would be written to the same file as the earlier document '{Shown(earlier)}' ({path}); it is not written");
        }

        var bytes = ResultJson.Serialise(result, indented: true);
        try
        {
            AtomicFile.WriteAllBytes(path, [.. bytes, (byte)'\n']);
        }
        catch (PathTooLongException)
        {
            throw new ResultWriteException($"the document id '{Shown(result.Id)}' makes a file name longer than the file system allows; it is not written");
        }
        catch (IOException e) when (e.Message.Contains("name too long", StringComparison.OrdinalIgnoreCase))
        {
            throw new ResultWriteException($"the document id '{Shown(result.Id)}' makes a file name longer than the file system allows; it is not written");
        }

        _written[path] = result.Id;
    }

    /// <inheritdoc/>
    public void Complete()
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private string PathOf(string id)
    {
        if (id.Any(char.IsControl))
        {
            throw new ResultWriteException($"the document id '{Shown(id)}' holds control characters, which make no file name; it is not written");
        }

        string path;
        try
        {
            path = Path.GetFullPath(Path.Combine(_root, id + ".json"));
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            throw new ResultWriteException($"the document id '{Shown(id)}' makes no file name ({e.Message}); it is not written");
        }

        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ResultWriteException($"the document id '{Shown(id)}' would be written outside {_root}; it is not written");
        }

        // Confinement by the real path: a folder on the way that is a link would carry the file elsewhere.
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder) is { Exists: true, LinkTarget: { } target })
            {
                throw new ResultWriteException($"the document id '{Shown(id)}' would be written through the link {folder} (to {target}); output is never written through links, so it is not written");
            }
        }

        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new ResultWriteException($"{path} is a link; output is never written through links, so '{Shown(id)}' is not written");
        }

        return path;
    }

    private static string Shown(string id) => Printable.Escape(id);
}
