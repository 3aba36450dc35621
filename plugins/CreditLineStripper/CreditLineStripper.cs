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

    /// <summary>Most classify-and-strip passes over one document; real documents settle after one or two.</summary>
    private const int MaxPasses = 4;

    private readonly LineClassifier _classifier;

    /// <summary>The line model's say, in the first pass only: it reads lines in their original neighbourhood, as it was trained.</summary>
    private readonly LineDecision? _decision;
    private readonly HashSet<string> _strip;
    private readonly double _minConfidence;

    public CreditLineStripper(CreditLineOptions options)
        : this(options, options?.LineModel == true ? LineDecision.Default : null)
    {
    }

    /// <summary>A stripper whose rules meet <paramref name="decision"/>'s line model, or the rules alone when it is null (training and cross-validation).</summary>
    internal CreditLineStripper(CreditLineOptions options, LineDecision? decision)
    {
        ArgumentNullException.ThrowIfNull(options);
        var strip = options.Strip ?? [Labels.Credit, Labels.Caption, Labels.Boilerplate];
        var unknown = strip.Concat(options.Patterns.Select(p => p.Label)).Where(l => !Labels.IsKnown(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown credit-line label(s) {string.Join(", ", unknown.Select(l => $"'{l}'"))} in the options; use credit, caption or boilerplate.", nameof(options));
        }

        if (options.MinConfidence is < 0 or > 1)
        {
            throw new ArgumentException($"minConfidence must lie between 0 and 1, not {options.MinConfidence}.", nameof(options));
        }

        _minConfidence = options.MinConfidence;
        _strip = new HashSet<string>(strip, StringComparer.Ordinal);
        _decision = decision;
        _classifier = new LineClassifier([.. options.Patterns.Select(p =>
            (new Regex($"^(?:{p.Pattern})$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1)), p.Label))]);
    }

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Credit-line stripper", AnalyserDescriptor.VersionOf(typeof(CreditLineStripper)))
    {
        Provides = [Kinds.CreditLine, Views.Clean],
        Displays = [new(Kinds.CreditLine) { Name = "credit line", Colour = "#ececec", Fields = ["label", "stripped"], SetApartWhen = "stripped", LabelField = "label" }],
    };

    public void Analyse(IAnalysisContext context)
    {
        var findings = StripToFixpoint(context.Text, out var removals);
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
            attributes.Set("signals", finding.Signals);
            attributes.Set("stripped", Strips(finding));
            context.Add(new Annotation(Kinds.CreditLine, finding.Span, attributes));
        }

        context.DeriveView(Views.Clean, removals.Select(TextEdit.Remove));
    }

    /// <summary>The clean view of <paramref name="text"/>, as <see cref="Analyse"/> derives it.</summary>
    internal string Clean(string text)
    {
        StripToFixpoint(text, out var removals);
        return Apply(text, [.. removals.Select(TextEdit.Remove)], null).Text;
    }

    /// <summary>
    /// Classifies and strips, then classifies what is left, until nothing more is stripped: removing a line changes
    /// its neighbours' context, and the clean view must be clean for good (stripping it again removes nothing).
    /// Each pass is linear and there are at most <see cref="MaxPasses"/>. Returns every finding and every removal
    /// in the coordinates of <paramref name="text"/>.
    /// </summary>
    private List<Finding> StripToFixpoint(string text, out List<TextSpan> removals)
    {
        var findings = new List<Finding>();
        var seen = new HashSet<TextSpan>();
        removals = [];
        var current = text;
        int[]? toOriginal = null; // position in current → position in text; null while current is text
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var found = _classifier.Classify(current, pass == 0 ? _decision : null);
            // A line kept in one pass (its label is not stripped) is met again in the next: report it once.
            findings.AddRange(found.Select(f => f with { Span = Map(f.Span, toOriginal) }).Where(f => seen.Add(f.Span)));
            var edits = CleanViewEdits.Create(current, found.Where(Strips).Select(f => f.Span));
            if (edits.Count == 0)
            {
                break;
            }

            removals.AddRange(edits.Select(e => Map(e.Span, toOriginal)));
            (current, toOriginal) = Apply(current, edits, toOriginal);
        }

        removals = CleanViewEdits.Merge(removals);
        findings.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return findings;
    }

    private static TextSpan Map(TextSpan span, int[]? toOriginal) =>
        toOriginal is null ? span : TextSpan.FromBounds(toOriginal[span.Start], span.IsEmpty ? toOriginal[span.Start] : toOriginal[span.End - 1] + 1);

    /// <summary>Removes the (sorted, disjoint) spans and extends the position map to the new text.</summary>
    private static (string Text, int[] ToOriginal) Apply(string text, List<TextEdit> removals, int[]? toOriginal)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        var position = 0;
        foreach (var removal in removals)
        {
            Keep(position, removal.Span.Start);
            position = removal.Span.End;
        }

        Keep(position, text.Length);
        map.Add(toOriginal?[text.Length] ?? text.Length);
        return (kept.ToString(), [.. map]);

        void Keep(int from, int to)
        {
            kept.Append(text, from, to - from);
            for (var i = from; i < to; i++)
            {
                map.Add(toOriginal?[i] ?? i);
            }
        }
    }

    private bool Strips(Finding finding) => _strip.Contains(finding.Label) && finding.Confidence >= _minConfidence;

    private static void SetIfPresent(AnnotationAttributes attributes, string name, string? value)
    {
        if (value is not null)
        {
            attributes.Set(name, value);
        }
    }
}
