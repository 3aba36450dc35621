using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocAnalysis.Benchmarks;

/// <summary>The least a context can be: the document's text as the view, and a list that keeps what is reported.</summary>
internal sealed class BenchmarkContext(Document document) : IAnalysisContext
{
    public List<Annotation> Added { get; } = [];

    public Document Document => document;

    public string ViewName => Views.Clean;

    public string Text => document.Text;

    /// <summary>Computed once per document, as the host computes it once per view for every analyser.</summary>
    public TextLayer Layer => field ??= TextLayer.Create(Text);

    public IReadOnlyList<Annotation> Annotations => [];

    public CancellationToken CancellationToken => CancellationToken.None;

    public ILogger Logger => NullLogger.Instance;

    public void Add(Annotation annotation) => Added.Add(annotation);

    /// <summary>The credit-line stripper's clean view: its edits are read, as the host reads them, and dropped.</summary>
    public void DeriveView(string name, IEnumerable<TextEdit> edits)
    {
        foreach (var edit in edits)
        {
            _ = edit;
        }
    }
}
