namespace DocAnalysis.Host.Inputs;

/// <summary>A document found in the inputs, not yet read: its id, where it comes from, and how to load it.</summary>
public sealed class DocumentInput
{
    private readonly Func<Document> _load;

    /// <summary>Creates an input that loads with <paramref name="load"/>, which throws <see cref="DocumentLoadException"/> for bad input.</summary>
    public DocumentInput(string id, string source, Func<Document> load)
    {
        Id = id;
        Source = source;
        _load = load;
    }

    /// <summary>The document id: its path relative to the input root, <c>/</c>-separated, without <c>.txt</c>.</summary>
    public string Id { get; }

    /// <summary>The file (and line, for JSON Lines) it comes from, for messages.</summary>
    public string Source { get; }

    /// <summary>Reads and decodes the document; throws <see cref="DocumentLoadException"/> naming the file and the problem.</summary>
    public Document Load() => _load();

    /// <summary>An input that always fails to load with <paramref name="message"/>.</summary>
    public static DocumentInput Failed(string id, string source, string message) =>
        new(id, source, () => throw new DocumentLoadException(source, message));
}
