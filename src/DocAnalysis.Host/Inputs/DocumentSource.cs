using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace DocAnalysis.Host.Inputs;

/// <summary>
/// Finds documents in files and folders: <c>.txt</c> files with an optional <c>NAME.meta.json</c> sidecar, and
/// <c>.jsonl</c> files of <c>{"id", "text", "metadata"}</c> records. Folders are walked lazily, each in ordinal order
/// of its entries, so a run sees the same documents in the same order on every machine, starts at once, and holds one
/// folder's listing at a time.
/// </summary>
/// <remarks>
/// Links: a link whose target lies inside the input folder is followed; a folder reached a second time (a link loop,
/// or a second way to one folder) is read once, and a link whose target lies outside the input folder is not
/// followed unless <see cref="DocumentSourceOptions.FollowLinks"/> says so. Each link not followed is a problem of its
/// own (<c>DA0100</c>), never silent. Only regular files are read: a pipe or a device is refused before reading.
/// </remarks>
public sealed class DocumentSource
{
    /// <summary>The largest document read, in bytes.</summary>
    public const long MaxDocumentBytes = 64L * 1024 * 1024;

    /// <summary>The path that names standard input: JSON Lines records read as they come, in bounded memory.</summary>
    public const string StandardInput = "-";

    private readonly IReadOnlyList<string> _paths;
    private readonly DocumentSourceOptions _options;

    /// <summary>Creates a source over files and folders; <paramref name="referenceDate"/> goes into every document's metadata.</summary>
    public DocumentSource(IEnumerable<string> paths, PublicationDate? referenceDate = null)
        : this(paths, new DocumentSourceOptions { ReferenceDate = referenceDate })
    {
    }

    /// <summary>Creates a source over files and folders.</summary>
    public DocumentSource(IEnumerable<string> paths, DocumentSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _paths = [.. paths];
        _options = options;
    }

    /// <summary>True for snapshot files (<c>*.verified.txt</c>, <c>*.received.txt</c>), which are never documents.</summary>
    public static bool IsSnapshotFile(string path) =>
        path.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Paths given that exist neither as a file nor as a folder.</summary>
    public IEnumerable<string> MissingPaths() => _paths.Where(p => p != StandardInput && !File.Exists(p) && !Directory.Exists(p));

    /// <summary>
    /// Every document of the inputs, lazily, those of <see cref="DocumentSourceOptions.Shard"/> only when one is set;
    /// a document whose id repeats an earlier one fails to load. The ids seen are kept as 128-bit hashes (XxHash128
    /// of their UTF-16 code units), 16 bytes and a set entry each however long the id: a quarter of a million
    /// documents kept 31 MB of id strings alive to the end of a run. Two different ids sharing a hash would take
    /// far more documents than any run reads (about 2^64).
    /// </summary>
    public IEnumerable<DocumentInput> Enumerate()
    {
        var seen = new HashSet<UInt128>();
        foreach (var path in _paths)
        {
            foreach (var input in EnumeratePath(path))
            {
                if (_options.Shard is { } shard && !shard.Contains(input.Id))
                {
                    continue; // another shard's document, read to find its id and no further
                }

                yield return seen.Add(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(input.Id.AsSpan())))
                    ? input
                    : DocumentInput.Failed(input.Id, input.Source, $"another input already has the id '{input.Id}'; each document needs its own id");
            }
        }
    }

    /// <summary>
    /// How many documents <see cref="Enumerate"/> gives, when that is known without reading one: the inputs are text
    /// files and folders of them (their contents are read only when analysed). Null when standard input or a JSON Lines
    /// file is among them, whose records are known only by reading it. Walks the folders once more, so a progress
    /// display asks it beside the run, not before it.
    /// </summary>
    public int? CountWithoutReading()
    {
        foreach (var path in _paths)
        {
            if (path == StandardInput || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                || (Directory.Exists(path) && Directory.EnumerateFiles(path, "*.jsonl", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive }).Any()))
            {
                return null;
            }
        }

        return Enumerate().Count();
    }

    private IEnumerable<DocumentInput> EnumeratePath(string path)
    {
        if (path == StandardInput)
        {
            return JsonLinesReader.Read((_options.OpenStandardInput ?? Console.OpenStandardInput)(), _options.StandardInputName, _options.ReferenceDate, _options.StandardInputFirstLine);
        }

        if (Directory.Exists(path))
        {
            var root = Path.GetFullPath(path);
            var realRoot = RealPath(root) ?? root;
            var walk = new Walk(root, realRoot, _options.SourcesRelative ? "" : path);
            return EnumerateFolder(walk, root, realRoot, "");
        }

        return EnumerateFile(Path.GetFullPath(path), Path.GetFileName(path), path);
    }

    private IEnumerable<DocumentInput> EnumerateFolder(Walk walk, string folder, string realFolder, string relativeFolder)
    {
        List<(string Key, FileSystemInfo Entry)> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().Select(e => (e is DirectoryInfo ? e.Name + "/" : e.Name, e))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var id = relativeFolder.Length == 0 ? "." : relativeFolder;
            return [DocumentInput.Failed(id, walk.Display(relativeFolder), $"the folder cannot be read ({e.Message})")];
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return Entries(walk, entries, realFolder, relativeFolder);
    }

    private IEnumerable<DocumentInput> Entries(Walk walk, List<(string Key, FileSystemInfo Entry)> entries, string realFolder, string relativeFolder)
    {
        foreach (var (_, entry) in entries)
        {
            var relative = relativeFolder + entry.Name;
            var isFolder = entry is DirectoryInfo;
            if (!isFolder && !IsDocumentFile(entry.Name))
            {
                continue;
            }

            var real = entry.LinkTarget is null ? Path.Combine(realFolder, entry.Name) : RealPath(entry.FullName);
            if (entry.LinkTarget is { } target && Refuse(walk, real, target, relative, isFolder) is { } refused)
            {
                yield return refused;
                continue;
            }

            if (isFolder)
            {
                if (!walk.Visit(real!))
                {
                    yield return DocumentInput.Failed(relative, walk.Display(relative),
                        $"is a link to the folder {entry.LinkTarget}, which is read already (a link loop, or a second way to one folder); it is read once");
                    continue;
                }

                foreach (var input in EnumerateFolder(walk, entry.FullName, real!, relative + "/"))
                {
                    yield return input;
                }
            }
            else
            {
                foreach (var input in EnumerateFile(entry.FullName, relative, walk.Display(relative)))
                {
                    yield return input;
                }
            }
        }
    }

    private DocumentInput? Refuse(Walk walk, string? real, string target, string relative, bool isFolder)
    {
        var id = isFolder ? relative : DocumentId(relative);
        if (real is null)
        {
            return DocumentInput.Failed(id, walk.Display(relative), $"is a link to {target}, which does not exist");
        }

        if (!_options.FollowLinks && !walk.Contains(real))
        {
            return DocumentInput.Failed(id, walk.Display(relative),
                $"is a link to {real}, outside the input folder; links leaving the input folder are not followed (--follow-links follows them)");
        }

        return null;
    }

    private static string? RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists && !Directory.Exists(target.FullName))
            {
                return null;
            }

            // Resolve links among the parent folders too. The target's name is taken from its full path: a link to '.'
            // or '..' has that as its Name, which named a folder one or two levels up, so a loop was not seen as one.
            var parent = Path.GetDirectoryName(target.FullName);
            return parent is null || parent == target.FullName ? target.FullName : Path.Combine(RealPath(parent) ?? parent, Path.GetFileName(target.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string DocumentId(string relative) =>
        relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? relative[..^4] : relative;

    private static bool IsDocumentFile(string name) =>
        (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        && !IsSnapshotFile(name);

    private IEnumerable<DocumentInput> EnumerateFile(string fullPath, string relative, string display)
    {
        if (relative.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return JsonLinesReader.Read(fullPath, display, _options.ReferenceDate);
        }

        var id = DocumentId(relative);
        return [new DocumentInput(id, display, () => LoadTextFile(id, fullPath, display))];
    }

    private Document LoadTextFile(string id, string fullPath, string display)
    {
        var bytes = ReadRegularFile(fullPath, display, "file");
        var text = TextDecoder.TryDecode(bytes, out var problem) ?? throw new DocumentLoadException(display, problem!);
        var metadata = ReadSidecar(fullPath, display);
        return new Document(id, text, metadata with { ReferenceDate = _options.ReferenceDate });
    }

    /// <summary>
    /// Reads a whole regular file of at most <see cref="MaxDocumentBytes"/>. Pipes, devices and sockets report no
    /// size, so a file of size 0 is never opened: opening a pipe waits for a writer, and a device may never end.
    /// </summary>
    internal static byte[] ReadRegularFile(string fullPath, string display, string what)
    {
        try
        {
            var length = SizeOf(fullPath);
            if (length == 0)
            {
                throw new DocumentLoadException(display, $"the {what} is empty, or is not a regular file (a pipe or a device); it is not read");
            }

            if (length > MaxDocumentBytes)
            {
                throw new DocumentLoadException(display, $"the {what} is {length:N0} bytes; documents over {MaxDocumentBytes:N0} bytes are not read");
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var bytes = new byte[length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException(display, $"the {what} cannot be read ({e.Message})", e);
        }
    }

    /// <summary>The size of the file a path names, through any links (a link's own size is that of its target's name).</summary>
    internal static long SizeOf(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.LinkTarget is null ? info.Length : info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target ? target.Length : 0;
    }

    private static DocumentMetadata ReadSidecar(string fullPath, string display)
    {
        var sidecar = fullPath[..^4] + ".meta.json";
        var sidecarDisplay = display[..^4] + ".meta.json";
        if (Directory.Exists(sidecar))
        {
            throw new DocumentLoadException(sidecarDisplay, "is a folder, not a metadata file");
        }

        if (!File.Exists(sidecar))
        {
            return DocumentMetadata.Empty;
        }

        var bytes = ReadRegularFile(sidecar, sidecarDisplay, "metadata file");
        try
        {
            // A byte order mark is no JSON, but editors on Windows write one; a .txt with one is read, so this is too.
            using var json = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
            return MetadataReader.Read(json.RootElement, sidecarDisplay);
        }
        catch (JsonException e)
        {
            throw new DocumentLoadException(sidecarDisplay, $"is not valid JSON ({JsonProblem.Describe(e)})", e);
        }
    }

    /// <summary>One walk of an input folder: its root, the real folders read so far, how to name what it finds.</summary>
    private sealed class Walk(string root, string realRoot, string displayRoot)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal) { realRoot };

        public bool Contains(string real) => real == realRoot || real.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        public bool Visit(string real) => _visited.Add(real);

        public string Display(string relative) =>
            (displayRoot.Length == 0 ? relative : Path.Join(displayRoot, relative)).Replace('\\', '/').TrimEnd('/') is { Length: > 0 } shown ? shown : root;
    }
}

/// <summary>How a <see cref="DocumentSource"/> reads its inputs.</summary>
public sealed record DocumentSourceOptions
{
    /// <summary>A date to anchor relative dates on in documents that give none (<c>--reference-date</c>).</summary>
    public PublicationDate? ReferenceDate { get; init; }

    /// <summary>Follow links whose target lies outside the input folder (<c>--follow-links</c>); a folder is still read once.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>
    /// Name a document's source by its path inside the input folder (<c>story.txt</c>) rather than as the folder was
    /// typed (<c>corpus/story.txt</c>): snapshots then do not depend on where the folder is or how it was named.
    /// </summary>
    public bool SourcesRelative { get; init; }

    /// <summary>Only the documents of this shard (<c>--shard K/N</c>); all when null.</summary>
    public DocumentShard? Shard { get; init; }

    /// <summary>The name records read from standard input (the path <c>-</c>) carry in their source, <c>NAME:LINE</c> (<c>--stdin-name</c>).</summary>
    public string StandardInputName { get; init; } = DocumentSource.StandardInput;

    /// <summary>
    /// The line number of the first record read from standard input (<c>--stdin-first-line</c>, default 1): a part of a
    /// larger file fed on its own (a partition that starts at line 1001 of <c>corpus.jsonl</c>) names its records by
    /// their lines in the whole file.
    /// </summary>
    public long StandardInputFirstLine { get; init; } = 1;

    /// <summary>Where the path <c>-</c> reads from; the process's standard input when null (an embedding application or a test may give its own).</summary>
    public Func<Stream>? OpenStandardInput { get; init; }
}
