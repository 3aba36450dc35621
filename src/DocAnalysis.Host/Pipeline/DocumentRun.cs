using System.Reflection;
using System.Diagnostics;
using DocAnalysis.Host.Views;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// One document on its way through a pipeline. The analysers are called one after another on one thread of the pool,
/// each call timed by the pipeline's <see cref="CallWatch"/>: a call that would not stop is left to its thread and the
/// document goes on with the next analyser on another, so exactly one thread at a time owns the document's state.
/// </summary>
internal sealed class DocumentRun(
    AnalysisPipeline pipeline, Document document, string source, IReadOnlySet<string>? skip, IPipelineObserver? observer, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource<AnalysisResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<KeyValuePair<string, string>> _views = [];
    private readonly List<Annotation> _annotations = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private DocumentView _view = DocumentView.Original(document.Text);
    private CancellationTokenRegistration _stopping;

    /// <summary>The document's result; cancelled as soon as the host's cancellation is, even while a call would not stop.</summary>
    public Task<AnalysisResult> Completion => _completion.Task;

    /// <summary>Queues the document on the thread pool.</summary>
    public void Start()
    {
        _stopping = cancellationToken.UnsafeRegister(static (run, token) => ((DocumentRun)run!)._completion.TrySetCanceled(token), this);
        ThreadPool.UnsafeQueueUserWorkItem(static run => run.From(0, null), this, preferLocal: true);
    }

    /// <summary>The watch gave up on <paramref name="call"/>: the document goes on without it, on another thread.</summary>
    public void Abandoned(CallWatch.Call call) =>
        ThreadPool.UnsafeQueueUserWorkItem(static call => call.Run.From(call.Analyser + 1, call), call, preferLocal: false);

    /// <summary>
    /// Calls the analysers from the <paramref name="first"/>th on, then completes the document; after
    /// <paramref name="abandoned"/>, a call the watch gave up on, when there is one.
    /// </summary>
    private void From(int first, CallWatch.Call? abandoned)
    {
        try
        {
            if (abandoned is not null)
            {
                var descriptor = pipeline.Analysers[abandoned.Analyser].Descriptor;
                abandoned.Context.Close();
                observer?.Abandoned(descriptor.Id);
                _diagnostics.Add(TimedOut(descriptor,
                    $" (it did not stop within {AnalysisPipeline.StopGrace.TotalSeconds:0.#} s of being cancelled: {observer?.AbandonedNote ?? "the call was abandoned and may still be running"})"));
            }

            for (var i = first; i < pipeline.Analysers.Count; i++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    Stop();
                    return;
                }

                if (!Call(i))
                {
                    return;
                }
            }

            _stopping.Dispose();
            var ordered = _annotations.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End).ToList();
            _completion.TrySetResult(new AnalysisResult(document.Id, source, document, ordered, _views, _diagnostics));
        }
        catch (Exception e)
        {
            _stopping.Dispose();
            _completion.TrySetException(e);
        }
    }

    /// <summary>Calls one analyser; false when the document is no longer this thread's to go on with.</summary>
    private bool Call(int index)
    {
        var registration = pipeline.Analysers[index];
        var descriptor = registration.Descriptor;
        if (skip?.Contains(descriptor.Id) == true)
        {
            return true;
        }

        observer?.Calling(descriptor.Id);
        var visible = Project(_annotations, _view);
        var logger = pipeline.Logger(descriptor.Id);
        using var callCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var context = new AnalysisContext(document, _view, visible, descriptor, logger, callCancellation.Token);
        var call = pipeline.Watch.Begin(this, index, callCancellation, context);
        Exception? failure = null;
        try
        {
            registration.Analyser.Analyse(context);
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (!pipeline.Watch.End(call))
        {
            return false; // abandoned: another thread has the document now
        }

        if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            Stop();
            return false;
        }

        if (call.TimedOut)
        {
            context.Close();
            _diagnostics.Add(TimedOut(descriptor, ""));
            return true;
        }

        if (failure is not null)
        {
            context.Close();
            // A static initialiser's failure says only that one failed: what failed is its inner error.
            var cause = failure is TypeInitializationException { InnerException: { } inner } ? inner : failure;
            _diagnostics.Add(Failed(descriptor, $"failed on {document.Id}: {Reason(cause)}{Where(cause, registration.Analyser.GetType().Assembly)}") with { Detail = cause.ToString() });
            return true;
        }

        try
        {
            var reported = context.Close();
            var mapped = reported.Select(a => ToOriginal(a, _view, descriptor.Id)).ToList();
            _annotations.AddRange(mapped);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            _diagnostics.Add(Failed(descriptor, $"reported a result on {document.Id} that cannot be mapped to the original text: {e.Message}"));
            return true;
        }

        if (context.DerivedView is { } derived)
        {
            _view = derived;
            _views.RemoveAll(v => v.Key == derived.Name);
            _views.Add(new(derived.Name, derived.Text));
        }

        var elapsed = Stopwatch.GetElapsedTime(call.Started).TotalMilliseconds;
        if (EngineMetrics.AnalyserDuration.Enabled)
        {
            EngineMetrics.AnalyserDuration.Record(elapsed, new KeyValuePair<string, object?>("analyser", descriptor.Id));
        }

        logger.LogDebug("{Analyser} analysed {Document} in {Elapsed} ms", descriptor.Id, document.Id, elapsed);
        return true;
    }

    /// <summary>An error's message in a user's words: the runtime's "Exception of type 'System.X' was thrown" says only a type.</summary>
    internal static string Reason(Exception e) => e switch
    {
        OutOfMemoryException => "it ran out of memory",
        InsufficientExecutionStackException => "its calls nested too deeply for the stack",
        _ when e.Message.StartsWith("Exception of type '", StringComparison.Ordinal) => "an error that gave no message",
        _ => e.Message,
    };

    private void Stop()
    {
        _stopping.Dispose();
        _completion.TrySetCanceled(cancellationToken);
    }

    private Diagnostic TimedOut(AnalyserDescriptor descriptor, string note) =>
        Failed(descriptor, $"timed out after {pipeline.Timeout.TotalSeconds:0.###} s on {document.Id}; its results for this document are dropped{note}");

    private static Diagnostic Failed(AnalyserDescriptor descriptor, string what) =>
        new(Diagnostic.AnalyserFailed, $"analyser '{descriptor.Id}' {what}", descriptor.Id);

    /// <summary>
    /// Where the error arose, in the analyser's own code: the first frame of its plugin's assembly, with its file and
    /// line when the plugin ships its symbols (a portable PDB beside it, as a build leaves it); else the first frame
    /// outside the runtime, whose throw helpers say nothing about the bug.
    /// </summary>
    private static string Where(Exception e, Assembly plugin)
    {
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames().Where(f => f.GetMethod()?.DeclaringType is not null).ToList();
        var frame = frames.FirstOrDefault(f => f.GetMethod()!.DeclaringType!.Assembly == plugin)
            ?? frames.FirstOrDefault(f => !IsRuntime(f.GetMethod()!.DeclaringType!)) ?? frames.FirstOrDefault();
        if (frame?.GetMethod() is not { } method)
        {
            return " (an error in its code)";
        }

        var line = frame.GetFileName() is { Length: > 0 } file && frame.GetFileLineNumber() > 0 ? $", {Path.GetFileName(file)}:line {frame.GetFileLineNumber()}" : "";
        return $" (an error in its code, at {method.DeclaringType!.FullName}.{method.Name}{line})";
    }

    private static bool IsRuntime(Type type) =>
        type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Internal.", StringComparison.Ordinal));

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
