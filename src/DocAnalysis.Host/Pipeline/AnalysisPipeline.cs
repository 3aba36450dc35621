using System.Diagnostics;
using System.Runtime.CompilerServices;
using DocAnalysis.Host.Plugins;
using DocAnalysis.Host.Views;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// An ordered, immutable set of analysers that analyses one document at a time; safe to share between threads.
/// Every analyser call is isolated: an exception or a timeout becomes a <c>DA0001</c> diagnostic on that document
/// and the other analysers still run. Only the host's own cancellation stops a document.
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
    }

    /// <summary>The analysers, in the order they run.</summary>
    public IReadOnlyList<AnalyserRegistration> Analysers { get; }

    /// <summary>The analysers' descriptors, in the order they run.</summary>
    public IReadOnlyList<AnalyserDescriptor> Pipeline { get; }

    /// <summary>How long one analyser may take on one document.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How long a timed-out call is given to stop after it is cancelled before it is reported as abandoned.</summary>
    public static TimeSpan StopGrace { get; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Analyses one document, leaving out the analysers in <paramref name="skip"/> (disabled for the run);
    /// <paramref name="observer"/> hears of each call as it starts and of calls that would not stop.
    /// </summary>
    public async Task<AnalysisResult> AnalyseAsync(
        Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip = null, IPipelineObserver? observer = null)
    {
        var view = DocumentView.Original(document.Text);
        var views = new List<KeyValuePair<string, string>>();
        var annotations = new List<Annotation>();
        var diagnostics = new List<Diagnostic>();
        foreach (var registration in Analysers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var descriptor = registration.Descriptor;
            if (skip?.Contains(descriptor.Id) == true)
            {
                continue;
            }

            observer?.Calling(descriptor.Id);
            var visible = Project(annotations, view);
            var logger = _loggers[descriptor.Id];
            using var callCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var context = new AnalysisContext(document, view, visible, descriptor, logger, callCancellation.Token);
            var started = Stopwatch.GetTimestamp();
            var running = new StrongBox<long>();
            var call = Task.Run(
                () =>
                {
                    Volatile.Write(ref running.Value, Stopwatch.GetTimestamp());
                    registration.Analyser.Analyse(context);
                },
                callCancellation.Token);
            try
            {
                await WaitAsync(call, running, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (TimeoutException)
            {
                await callCancellation.CancelAsync().ConfigureAwait(false);
                context.Close();
                var stopped = await Stops(call).ConfigureAwait(false);
                if (!stopped)
                {
                    observer?.Abandoned(descriptor.Id);
                }

                diagnostics.Add(Failed(descriptor, $"timed out after {Timeout.TotalSeconds:0.###} s on {document.Id}; its results for this document are dropped" +
                    (stopped ? "" : $" (it did not stop within {StopGrace.TotalSeconds:0.#} s of being cancelled: {observer?.AbandonedNote ?? "the call was abandoned and may still be running"})")));
                continue;
            }
            catch (Exception e)
            {
                context.Close();
                // A static initialiser's failure says only that one failed: what failed is its inner error.
                var cause = e is TypeInitializationException { InnerException: { } inner } ? inner : e;
                diagnostics.Add(Failed(descriptor, $"failed on {document.Id}: {cause.Message}{Where(cause)}"));
                continue;
            }

            try
            {
                var reported = context.Close();
                var mapped = reported.Select(a => ToOriginal(a, view, descriptor.Id)).ToList();
                annotations.AddRange(mapped);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                diagnostics.Add(Failed(descriptor, $"reported a result on {document.Id} that cannot be mapped to the original text: {e.Message}"));
                continue;
            }

            if (context.DerivedView is { } derived)
            {
                view = derived;
                views.RemoveAll(v => v.Key == derived.Name);
                views.Add(new(derived.Name, derived.Text));
            }

            logger.LogDebug("{Analyser} analysed {Document} in {Elapsed} ms", descriptor.Id, document.Id, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var ordered = annotations.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End).ToList();
        return new AnalysisResult(document.Id, source, document, ordered, views, diagnostics);
    }

    Task<AnalysisResult> IDocumentAnalyser.AnalyseAsync(Document document, string source, CancellationToken cancellationToken, IReadOnlySet<string>? skip) =>
        AnalyseAsync(document, source, cancellationToken, skip);

    /// <summary>
    /// Waits for a call for <see cref="Timeout"/> from when it began to run (<paramref name="running"/>: its start's
    /// timestamp, 0 while it waits in the thread pool's queue): a busy thread pool is no analyser's fault. The start is
    /// read when a wait runs out rather than awaited, so the call's thread can go on to the next call directly: awaiting
    /// it woke a second thread for every call (a tenth of a run's CPU went to the kernel's scheduling).
    /// </summary>
    private async Task WaitAsync(Task call, StrongBox<long> running, CancellationToken cancellationToken)
    {
        var wait = Timeout;
        while (true)
        {
            try
            {
                await call.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (TimeoutException)
            {
                var began = Volatile.Read(ref running.Value);
                var ran = began == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(began);
                if (ran >= Timeout)
                {
                    throw;
                }

                wait = Timeout - ran;
            }
        }
    }

    private static async Task<bool> Stops(Task call)
    {
        try
        {
            await call.WaitAsync(StopGrace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (Exception)
        {
            // It stopped by throwing, as cancelled work does.
        }

        return true;
    }

    private static Diagnostic Failed(AnalyserDescriptor descriptor, string what) =>
        new(Diagnostic.AnalyserFailed, $"analyser '{descriptor.Id}' {what}", descriptor.Id);

    private static string Where(Exception e)
    {
        // The first frame of the analyser's own code says more than the runtime's throw helper it called.
        var methods = new StackTrace(e, fNeedFileInfo: false).GetFrames().Select(f => f.GetMethod()).Where(m => m?.DeclaringType is not null).ToList();
        var method = methods.FirstOrDefault(m => !IsRuntime(m!.DeclaringType!)) ?? methods.FirstOrDefault();
        return method is null ? " (an error in its code)" : $" (an error in its code, at {method.DeclaringType!.FullName}.{method.Name})";
    }

    private static bool IsRuntime(Type type) => type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal));

    private static Annotation ToOriginal(Annotation annotation, DocumentView view, string analyserId) =>
        view.IsOriginal
            ? annotation with { Analyser = analyserId }
            : annotation with { Span = view.ToOriginal(annotation.Span), Attributes = annotation.Attributes.MapSpans(s => view.ToOriginal(s)), Analyser = analyserId };

    private static List<Annotation> Project(List<Annotation> annotations, DocumentView view)
    {
        if (view.IsOriginal)
        {
            return [.. annotations];
        }

        var visible = new List<Annotation>(annotations.Count);
        foreach (var annotation in annotations)
        {
            if (view.FromOriginal(annotation.Span) is { } span)
            {
                visible.Add(annotation with { Span = span, Attributes = annotation.Attributes.MapSpans(view.FromOriginal) });
            }
        }

        return visible;
    }
}
