using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Cli.Output;

/// <summary>One indented JSON file per document under a folder, mirroring the input tree (<c>ID.json</c>), each written atomically.</summary>
internal sealed class JsonFolderSink(string folder) : IResultSink
{
    private readonly string _root = Path.GetFullPath(folder);

    public void Write(AnalysisResult result)
    {
        var path = Path.GetFullPath(Path.Combine(_root, result.Id + ".json"));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new UsageException($"the document id '{result.Id}' would be written outside {_root}");
        }

        var bytes = ResultJson.Serialise(result, indented: true);
        AtomicFile.WriteAllBytes(path, [.. bytes, (byte)'\n']);
    }

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
