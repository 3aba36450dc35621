namespace DocAnalysis.Benchmarks;

/// <summary>A development corpus read from ../shared/data: its documents and their total size.</summary>
public sealed class Corpus
{
    private Corpus(IReadOnlyList<Document> documents)
    {
        Documents = documents;
        Bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
    }

    public IReadOnlyList<Document> Documents { get; }

    /// <summary>UTF-8 size of all texts, the figure MB/s is computed from.</summary>
    public long Bytes { get; }

    /// <summary>Loads <c>shared/data/RELATIVE/*.txt</c> with their publication dates, searching upwards from the working folder.</summary>
    public static Corpus Load(string relative)
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, "shared", "data", relative);
            if (Directory.Exists(folder))
            {
                return new Corpus([.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(Read)]);
            }
        }

        throw new DirectoryNotFoundException($"No shared/data/{relative} above {Directory.GetCurrentDirectory()}: the benchmarks read the development data beside the repository.");
    }

    private static Document Read(string path)
    {
        var meta = Path.ChangeExtension(path, ".meta.json");
        PublicationDate? published = null;
        if (File.Exists(meta))
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(meta));
            if (json.RootElement.TryGetProperty("published", out var value))
            {
                PublicationDate.TryParse(value.GetString(), out published);
            }
        }

        return new Document(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), new DocumentMetadata { Published = published });
    }
}
