using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>One indented JSON file per document under a folder, mirroring the input tree (<c>ID.json</c>), each written atomically.</summary>
public sealed class JsonFolderWriter(string folder) : IResultWriter
{
    private readonly string _root = Path.GetFullPath(folder);

    /// <inheritdoc/>
    public void Write(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = Path.GetFullPath(Path.Combine(_root, result.Id + ".json"));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ResultWriteException($"the document id '{result.Id}' would be written outside {_root}");
        }

        var bytes = ResultJson.Serialise(result, indented: true);
        AtomicFile.WriteAllBytes(path, [.. bytes, (byte)'\n']);
    }

    /// <inheritdoc/>
    public void Complete()
    {
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
