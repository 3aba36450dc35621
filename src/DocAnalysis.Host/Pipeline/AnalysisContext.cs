using DocAnalysis.Host.Views;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// One analyser's window on one document. It checks what the analyser reports against its descriptor and the view's
/// bounds, and stops accepting anything once the host has given up on the call (a timeout).
/// </summary>
internal sealed class AnalysisContext(
    Document document,
    DocumentView view,
    IReadOnlyList<Annotation> earlier,
    AnalyserDescriptor descriptor,
    ILogger logger,
    CancellationToken cancellationToken) : IAnalysisContext
{
    private readonly Lock _gate = new();
    private readonly List<Annotation> _added = [];
    private bool _closed;

    public Document Document => document;

    public string ViewName => view.Name;

    public string Text => view.Text;

    public IReadOnlyList<Annotation> Annotations => earlier;

    public CancellationToken CancellationToken => cancellationToken;

    public ILogger Logger => logger;

    /// <summary>The view this call derived, if any.</summary>
    public DocumentView? DerivedView { get; private set; }

    public void Add(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentException.ThrowIfNullOrWhiteSpace(annotation.Kind);
        if (!descriptor.Provides.Contains(annotation.Kind, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{descriptor.Id}' reported a '{annotation.Kind}' annotation but its descriptor does not provide '{annotation.Kind}'.");
        }

        CheckInView(annotation.Span, annotation.Kind);
        annotation.Attributes.MapSpans(span => CheckInView(span, annotation.Kind));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _added.Add(annotation);
        }
    }

    public void DeriveView(string name, IEnumerable<TextEdit> edits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!descriptor.Provides.Contains(name, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"'{descriptor.Id}' derived the view '{name}' but its descriptor does not provide '{name}'.");
        }

        var derived = view.Derive(name, edits);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (DerivedView is not null)
            {
                throw new InvalidOperationException($"'{descriptor.Id}' derived a second view in one call; derive at most one.");
            }

            DerivedView = derived;
        }
    }

    /// <summary>Stops accepting results and returns what was reported.</summary>
    public IReadOnlyList<Annotation> Close()
    {
        lock (_gate)
        {
            _closed = true;
            return [.. _added];
        }
    }

    private TextSpan CheckInView(TextSpan span, string kind) =>
        span.End <= view.Text.Length
            ? span
            : throw new ArgumentOutOfRangeException(nameof(span), $"A '{kind}' span {span} lies outside the view '{view.Name}' of length {view.Text.Length}.");
}
