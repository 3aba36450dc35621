using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>
/// Annotates photo credits, their captions and publisher boilerplate as <c>credit-line</c>, and derives the
/// <c>clean</c> view without the labels configured to be stripped. Whole lines are removed with their line break,
/// and blank lines left doubled by a removal are removed too, so paragraphs stay apart and sentences stay whole.
/// </summary>
public sealed class CreditLineStripper : IAnalyser
{
    public const string Id = "credit-line-stripper";

    private readonly LineClassifier _classifier;
    private readonly HashSet<string> _strip;

    public CreditLineStripper(CreditLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var unknown = options.Strip.Concat(options.Patterns.Select(p => p.Label)).Where(l => !Labels.IsKnown(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown credit-line label(s) {string.Join(", ", unknown.Select(l => $"'{l}'"))} in the options; use credit, caption or boilerplate.", nameof(options));
        }

        _strip = new HashSet<string>(options.Strip, StringComparer.Ordinal);
        _classifier = new LineClassifier([.. options.Patterns.Select(p =>
            (new Regex($"^(?:{p.Pattern})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)), p.Label))]);
    }

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Credit-line stripper", new Version(0, 1, 0))
    {
        Provides = [Kinds.CreditLine, Views.Clean],
    };

    public void Analyse(IAnalysisContext context)
    {
        var text = context.Text;
        var findings = _classifier.Classify(text);
        foreach (var finding in findings)
        {
            var attributes = new AnnotationAttributes { { "label", finding.Label } };
            if (finding.Credit is { } credit)
            {
                SetIfPresent(attributes, "agency", credit.Agency);
                SetIfPresent(attributes, "photographer", credit.Photographer);
                SetIfPresent(attributes, "year", credit.Year);
            }

            attributes.Set("confidence", finding.Confidence);
            attributes.Set("stripped", _strip.Contains(finding.Label));
            context.Add(new Annotation(Kinds.CreditLine, finding.Span, attributes));
        }

        context.DeriveView(Views.Clean, CleanViewEdits.Create(text, findings.Where(f => _strip.Contains(f.Label)).Select(f => f.Span)));
    }

    private static void SetIfPresent(AnnotationAttributes attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes.Set(name, value);
        }
    }
}
