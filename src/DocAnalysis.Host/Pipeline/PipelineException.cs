namespace DocAnalysis.Host.Pipeline;

/// <summary>The analysers cannot form a pipeline: a requirement nobody provides, a cycle, a repeated id.</summary>
internal sealed class PipelineException(IReadOnlyList<string> problems)
    : Exception("The analysers cannot be ordered:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + Output.Printable.Escape(p))))
{
    /// <summary>Each problem, naming the analysers involved.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
