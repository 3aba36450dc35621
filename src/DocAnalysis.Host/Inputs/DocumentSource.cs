using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>
/// Finds documents in files and folders: <c>.txt</c> files with an optional <c>NAME.meta.json</c> sidecar, and
/// <c>.jsonl</c> files of <c>{"id", "text", "metadata"}</c> records. Folders are searched recursively, in ordinal
/// order of their relative paths, so a run sees the same documents in the same order on every machine.
/// </summary>
public sealed class DocumentSource
{
    /// <summary>The largest document read, in bytes.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    private readonly IReadOnlyList<string> _paths;
    private readonly PublicationDate? _referenceDate;

    /// <summary>Creates a source over files and folders; <paramref name="referenceDate"/> goes into every document's metadata.</summary>
    public DocumentSource(IEnumerable<string> paths, PublicationDate? referenceDate = null)
    {
        _paths = [.. paths];
        _referenceDate = referenceDate;
    }

    /// <summary>True for snapshot files (<c>*.verified.txt</c>, <c>*.received.txt</c>), which are never documents.</summary>
    public static bool IsSnapshotFile(string path) =>
        path.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Paths given that exist neither as a file nor as a folder.</summary>
    public IEnumerable<string> MissingPaths() => _paths.Where(p => !File.Exists(p) && !Directory.Exists(p));

    /// <summary>Every document of the inputs, lazily; a document whose id repeats an earlier one fails to load.</summary>
    public IEnumerable<DocumentInput> Enumerate()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _paths)
        {
            foreach (var input in EnumeratePath(path))
            {
                yield return seen.Add(input.Id)
                    ? input
                    : DocumentInput.Failed(input.Id, input.Source, $"another input already has the id '{input.Id}'; each document needs its own id");
            }
        }
    }

    private IEnumerable<DocumentInput> EnumeratePath(string path)
    {
        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(IsDocumentFile)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            foreach (var relative in files)
            {
                foreach (var input in EnumerateFile(Path.Combine(root, relative), relative, Display(path, relative)))
                {
                    yield return input;
                }
            }
        }
        else
        {
            foreach (var input in EnumerateFile(Path.GetFullPath(path), Path.GetFileName(path), path))
            {
                yield return input;
            }
        }
    }

    private static string Display(string root, string relative) => Path.Join(root, relative).Replace('\\', '/');

    private static bool IsDocumentFile(string path) =>
        (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        && !IsSnapshotFile(path);

    private IEnumerable<DocumentInput> EnumerateFile(string fullPath, string relative, string display)
    {
        if (relative.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return JsonLinesReader.Read(fullPath, display, _referenceDate);
        }

        var id = relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? relative[..^4] : relative;
        return [new DocumentInput(id, display, () => LoadTextFile(id, fullPath, display))];
    }

    private Document LoadTextFile(string id, string fullPath, string display)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxDocumentBytes)
            {
                throw new DocumentLoadException(display, $"the file is {info.Length:N0} bytes; documents over {MaxDocumentBytes:N0} bytes are not read");
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException(display, $"cannot be read ({e.Message})", e);
        }

        if (bytes.Length == 0)
        {
            throw new DocumentLoadException(display, "the file is empty");
        }

        var text = TextDecoder.TryDecode(bytes, out var problem) ?? throw new DocumentLoadException(display, problem!);
        var metadata = ReadSidecar(fullPath, display);
        return new Document(id, text, metadata with { ReferenceDate = _referenceDate });
    }

    private static DocumentMetadata ReadSidecar(string fullPath, string display)
    {
        var sidecar = fullPath[..^4] + ".meta.json";
        if (!File.Exists(sidecar))
        {
            return DocumentMetadata.Empty;
        }

        var sidecarDisplay = display[..^4] + ".meta.json";
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(sidecar));
            return MetadataReader.Read(json.RootElement, sidecarDisplay);
        }
        catch (JsonException e)
        {
            throw new DocumentLoadException(sidecarDisplay, $"is not valid JSON ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new DocumentLoadException(sidecarDisplay, $"cannot be read ({e.Message})", e);
        }
    }
}
