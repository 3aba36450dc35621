namespace DocAnalysis.Server;

/// <summary>How the DocAnalysis endpoints read requests (<see cref="DocAnalysisEndpoints.MapDocAnalysis"/>).</summary>
public sealed record DocAnalysisServerOptions
{
    /// <summary>The largest body of one document (<c>POST /v1/analyse</c>, the page's form), in bytes; larger ones get 413. Default 16 MB.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The largest body of a batch, in bytes; null (the default): any size, read as it comes in bounded memory.</summary>
    public long? MaxBatchBytes { get; init; }

    /// <summary>The date relative dates are anchored on when a document has no publication date (<c>--reference-date</c>).</summary>
    public PublicationDate? ReferenceDate { get; init; }

    /// <summary>
    /// The rate-limiting policy the analysing endpoints require (those that run the analysers: a document, a batch, the
    /// page's view), so that health and plugin listings stay answered under load; none when null.
    /// </summary>
    public string? RateLimitingPolicy { get; init; }
}
