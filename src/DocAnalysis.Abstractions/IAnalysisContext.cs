using Microsoft.Extensions.Logging;

namespace DocAnalysis;

/// <summary>What an analyser sees of one document, and where it reports what it found.</summary>
public interface IAnalysisContext
{
    /// <summary>The document, with its original text and metadata.</summary>
    Document Document { get; }

    /// <summary>The name of the view being read: <c>original</c>, or the latest derived view such as <c>clean</c>.</summary>
    string ViewName { get; }

    /// <summary>The text of the current view. Spans given to and returned from this context index into it.</summary>
    string Text { get; }

    /// <summary>
    /// The tokens, sentences and paragraphs of <see cref="Text"/>, computed once per document and view and shared by
    /// every analyser that reads them (contract 1.2). Read it instead of splitting the text again.
    /// </summary>
    TextLayer Layer => TextLayer.Create(Text);

    /// <summary>Annotations reported by earlier analysers, in the current view's coordinates; those whose text is not in the view are left out.</summary>
    IReadOnlyList<Annotation> Annotations { get; }

    /// <summary>Stops long work when the run is cancelled or the call times out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>A logger named after the analyser.</summary>
    ILogger Logger { get; }

    /// <summary>Reports an annotation whose span (and any spans among its fields) index into <see cref="Text"/>.</summary>
    void Add(Annotation annotation);

    /// <summary>Derives a new view from the current one by applying non-overlapping edits; analysers after this one read it.</summary>
    void DeriveView(string name, IEnumerable<TextEdit> edits);
}
