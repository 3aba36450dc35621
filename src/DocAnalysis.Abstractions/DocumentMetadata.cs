namespace DocAnalysis;

/// <summary>What is known about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>No metadata at all.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>When the document was published, if the input said so.</summary>
    public PublicationDate? Published { get; init; }

    /// <summary>A date to anchor relative expressions on when the document gives none (<c>--reference-date</c>).</summary>
    public PublicationDate? ReferenceDate { get; init; }

    /// <summary>Where the document came from: a publisher, a feed, a site.</summary>
    public string? Source { get; init; }

    /// <summary>The document's language and region, such as <c>en-US</c>.</summary>
    public string? Culture { get; init; }

    /// <summary>Any other metadata fields of the input, as their JSON text, keyed by name.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);
}
