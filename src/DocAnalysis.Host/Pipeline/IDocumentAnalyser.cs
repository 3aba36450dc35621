namespace DocAnalysis.Host.Pipeline;

/// <summary>What analyses one document: the pipeline in this process, or a pool of worker processes running it.</summary>
internal interface IDocumentAnalyser
{
    /// <summary>The analysers, in the order they run.</summary>
    IReadOnlyList<AnalyserDescriptor> Pipeline { get; }

    /// <summary>Analyses one document, leaving out the analysers in <paramref name="skip"/> (disabled for the run).</summary>
    Task<AnalysisResult> AnalyseAsync(Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip);
}
