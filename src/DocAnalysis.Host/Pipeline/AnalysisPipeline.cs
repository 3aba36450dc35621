using DocAnalysis.Host.Plugins;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// An ordered, immutable set of analysers that analyses one document at a time; safe to share between threads.
/// Every analyser call is isolated: an exception or a timeout becomes a <c>DA0001</c> diagnostic on that document
/// and the other analysers still run. Only the host's own cancellation stops a document. A document's calls run one
/// after another on one thread (<see cref="DocumentRun"/>), timed by one <see cref="CallWatch"/>.
/// </summary>
internal sealed class AnalysisPipeline : IDocumentAnalyser
{
    /// <summary>Each analyser's logger, made once: the factory's lookup takes a lock.</summary>
    private readonly Dictionary<string, ILogger> _loggers;

    /// <summary>Creates a pipeline over analysers already in order (see <see cref="PipelinePlanner"/>).</summary>
    public AnalysisPipeline(IReadOnlyList<AnalyserRegistration> analysers, TimeSpan timeout, ILoggerFactory loggerFactory)
    {
        Analysers = analysers;
        Pipeline = [.. analysers.Select(a => a.Descriptor)];
        Timeout = timeout;
        _loggers = analysers.Select(a => a.Descriptor.Id).Distinct().ToDictionary(id => id, id => loggerFactory.CreateLogger("DocAnalysis.Analyser." + id));
        Watch = new CallWatch(timeout, StopGrace);
    }

    /// <summary>The analysers, in the order they run.</summary>
    public IReadOnlyList<AnalyserRegistration> Analysers { get; }

    /// <summary>The analysers' descriptors, in the order they run.</summary>
    public IReadOnlyList<AnalyserDescriptor> Pipeline { get; }

    /// <summary>How long one analyser may take on one document.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How long a timed-out call is given to stop after it is cancelled before it is reported as abandoned.</summary>
    public static TimeSpan StopGrace { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Times the calls: cancels one over <see cref="Timeout"/>, abandons one that will not stop.</summary>
    internal CallWatch Watch { get; }

    /// <summary>The logger of the analyser <paramref name="id"/>.</summary>
    internal ILogger Logger(string id) => _loggers[id];

    /// <summary>
    /// Analyses one document on a thread of the pool, leaving out the analysers in <paramref name="skip"/> (disabled
    /// for the run); <paramref name="observer"/> hears of each call as it starts and of calls that would not stop.
    /// </summary>
    public Task<AnalysisResult> AnalyseAsync(
        Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip = null, IPipelineObserver? observer = null)
    {
        var run = new DocumentRun(this, document, source, skip, observer, cancellationToken);
        run.Start();
        return run.Completion;
    }

    Task<AnalysisResult> IDocumentAnalyser.AnalyseAsync(Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip) =>
        AnalyseAsync(document, source, cancellationToken, skip);
}
