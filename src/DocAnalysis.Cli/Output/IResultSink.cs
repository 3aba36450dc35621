using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Cli.Output;

/// <summary>Where a run's results go, one document at a time, in input order.</summary>
internal interface IResultSink : IDisposable
{
    void Write(AnalysisResult result);

    /// <summary>Called once after the last result (also after a cancelled run: what was written stays).</summary>
    void Complete();
}
