namespace DocAnalysis.Host.Pipeline;

/// <summary>A problem with one document: it could not be read, or an analyser failed on it.</summary>
public sealed record Diagnostic(string Id, string Message, string? Analyser = null)
{
    /// <summary>
    /// What a developer needs beyond the message, when the problem is an error in an analyser's code: the full error
    /// with its stack trace. Shown by the test harness when an analysis under test fails; not written to results.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>An analyser threw or timed out; the document's other results are kept.</summary>
    public const string AnalyserFailed = "DA0001";

    /// <summary>
    /// The worker process analysing the document ended (crashed, exited, was killed) or stopped answering while an
    /// analyser ran (<c>isolation: process</c>); the document is analysed again in a new worker without that analyser.
    /// </summary>
    public const string WorkerEnded = "DA0002";

    /// <summary>An analyser failed on too many documents in a row and is disabled for the rest of the run.</summary>
    public const string AnalyserDisabled = "DA0003";

    /// <summary>The document could not be read or decoded.</summary>
    public const string DocumentUnreadable = "DA0100";

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Message}";
}
