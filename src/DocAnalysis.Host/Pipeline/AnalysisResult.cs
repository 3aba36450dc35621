namespace DocAnalysis.Host.Pipeline;

/// <summary>Everything found in one document: annotations on the original text, derived views, diagnostics.</summary>
public sealed record AnalysisResult(
    string Id,
    string Source,
    Document? Document,
    IReadOnlyList<Annotation> Annotations,
    IReadOnlyList<KeyValuePair<string, string>> Views,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the document was read and every analyser succeeded.</summary>
    public bool Succeeded => Document is not null && Diagnostics.Count == 0;

    /// <summary>The result for a document that could not be read; <paramref name="file"/> is the file at fault (the document or its sidecar).</summary>
    public static AnalysisResult Unreadable(string id, string source, string file, string problem) =>
        new(id, source, null, [], [], [new Diagnostic(Diagnostic.DocumentUnreadable, $"{file}: {problem}")]);
}
