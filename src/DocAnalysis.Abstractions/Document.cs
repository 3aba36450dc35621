namespace DocAnalysis;

/// <summary>One input document: its identity, its original text (never changed) and its metadata.</summary>
public sealed class Document
{
    /// <summary>Creates a document.</summary>
    public Document(string id, string text, DocumentMetadata? metadata = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Metadata = metadata ?? DocumentMetadata.Empty;
    }

    /// <summary>The document's id: its path relative to the input root, <c>/</c>-separated, without <c>.txt</c>.</summary>
    public string Id { get; }

    /// <summary>The original text. Every annotation's span points into it.</summary>
    public string Text { get; }

    /// <summary>Publication date, source, culture.</summary>
    public DocumentMetadata Metadata { get; }
}
