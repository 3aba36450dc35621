namespace DocAnalysis;

/// <summary>An analyser: reads a document's current view and reports annotations, or derives a new view.</summary>
public interface IAnalyser
{
    /// <summary>Its id, version and what it requires and provides.</summary>
    AnalyserDescriptor Descriptor { get; }

    /// <summary>Analyses one document. Called concurrently for different documents; exceptions are the host's to report.</summary>
    void Analyse(IAnalysisContext context);
}
