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
    /// <summary>How deeply annotation fields may nest; JSON writers and readers have limits, and a set that contains itself has none.</summary>
    public const int MaxFieldDepth = 64;

    private readonly Lock _gate = new();
    private readonly List<Annotation> _added = [];
    private bool _closed;

    public Document Document => document;

    /// <summary>The id of the analyser this context is for.</summary>
    public string AnalyserId => descriptor.Id;

    public string ViewName => view.Name;

    public string Text => view.Text;

    public TextLayer Layer => view.Layer;

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

        // Kept as a checked, read-only copy: nothing the analyser does afterwards changes what it reported.
        var kept = annotation with
        {
            Span = CheckInView(annotation.Span, annotation.Kind),
            Attributes = (annotation.Attributes ?? throw new ArgumentException("An annotation needs its fields (empty is fine).", nameof(annotation)))
                .ToReadOnly(span => CheckInView(span, annotation.Kind), MaxFieldDepth),
        };
        CheckText(kept.Kind, kept.Attributes);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            _added.Add(kept);
        }
    }

    /// <summary>
    /// Field names and strings must be text: a lone surrogate (half of a character written as two code units) cannot
    /// be written as UTF-8, and would silently become U+FFFD in every output.
    /// </summary>
    private static void CheckText(string kind, AnnotationAttributes attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (!Workers.WorkerProtocol.IsValidUtf16(name))
            {
                throw new ArgumentException($"A '{kind}' field name holds a lone surrogate (half of a character), which is no text: '{Output.Printable.Escape(name)}'.");
            }

            Check(name, value);
        }

        void Check(string name, object? value)
        {
            switch (value)
            {
                case string text when !Workers.WorkerProtocol.IsValidUtf16(text):
                    throw new ArgumentException($"The '{kind}' field '{Output.Printable.Escape(name)}' holds a lone surrogate (half of a character), which is no text: '{Output.Printable.Escape(text)}'.");
                case AnnotationAttributes nested:
                    CheckText(kind, nested);
                    break;
                case object?[] list:
                    foreach (var item in list)
                    {
                        Check(name, item);
                    }

                    break;
            }
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

    private TextSpan CheckInView(TextSpan span, string kind)
    {
        var text = view.Text;
        if (span.Start < 0 || span.Length < 0 || span.Start > text.Length || span.Length > text.Length - span.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"A '{kind}' span (start {span.Start}, length {span.Length}) lies outside the view '{view.Name}' of length {text.Length}.");
        }

        if (SplitsPair(text, span.Start) || SplitsPair(text, span.End))
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"A '{kind}' span {span} starts or ends inside a surrogate pair (one character written as two code units) of the view '{view.Name}'.");
        }

        return span;
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
}
