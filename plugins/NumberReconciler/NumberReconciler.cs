namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Annotates every quantity (<c>quantity</c>: value, qualifier, unit) and groups the mentions that count the same
/// thing (<c>quantity-group</c>), with who gave each figure and whether they agree. Reads attributions and dates
/// when those analysers ran.
/// </summary>
public sealed class NumberReconciler(NumberOptions options) : IAnalyser
{
    public const string Id = "number-reconciler";

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Number reconciler", AnalyserDescriptor.VersionOf(typeof(NumberReconciler)))
    {
        Requires = [Views.Clean],
        Uses = [Kinds.Attribution, Kinds.Date],
        Provides = [Kinds.Quantity, Kinds.QuantityGroup],
        Displays =
        [
            new(Kinds.Quantity) { Colour = "#d4f5d4", Fields = ["value", "qualifier", "unit"] },
            new(Kinds.QuantityGroup)
            {
                Name = "quantity group",
                Colour = "#6a1b9a",
                Underline = true,
                Fields = ["measure", "status", "explanation"],
                Table = new("Quantity groups", "members", ["span", "value", "qualifier", "source", "time"]) { Caption = ["measure", "status", "explanation"] },
            },
        ],
    };

    public void Analyse(IAnalysisContext context)
    {
        var text = context.Text;
        var dates = context.Annotations.Where(a => a.Kind == Kinds.Date).ToList();
        var attributions = context.Annotations.Where(a => a.Kind == Kinds.Attribution).ToList();
        // Dates, clock times and sets are not quantities; durations are ("33 years" counts years).
        var quantities = QuantityExtractor.Extract(context.Layer, [.. dates.Where(d => d.Attributes.GetString("type") != "DURATION").Select(d => d.Span)], context.CancellationToken);
        foreach (var q in quantities)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var attributes = new AnnotationAttributes();
            if (q.IsRange)
            {
                attributes.Set("value", [q.Low, q.High]);
            }
            else
            {
                attributes.Set("value", q.Low);
            }

            attributes.Set("qualifier", q.Qualifier);
            attributes.Set("unit", q.Unit);
            attributes.Set("unit_text", q.UnitText);
            context.Add(new Annotation(Kinds.Quantity, q.Span, attributes));
        }

        var contents = new SpanIndex<Annotation>(attributions, a => a.Attributes.GetSpan("content"));
        var times = new SpanIndex<Annotation>(dates, d => d.Span);
        var layer = context.Layer;
        var sentenceTimes = new Dictionary<(int, int), string?>();
        var groups = new Reconciler(options).Group(layer, quantities, q => SourceOf(q, text, contents), q => TimeOf(q, layer, times, sentenceTimes), context.CancellationToken);
        foreach (var group in groups)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var members = group.Members.Select(m =>
            {
                var member = new AnnotationAttributes
                {
                    { "span", m.Quantity.Span },
                    { "qualifier", m.Quantity.Qualifier },
                    { "value", m.Quantity.Low },
                    { "source", m.Source },
                    { "time", m.Time },
                };
                return member;
            });
            var attributes = new AnnotationAttributes { { "measure", group.Measure } };
            attributes.Set("members", members);
            attributes.Set("consensus", Bounds(group.Low, group.High));
            attributes.Set("status", group.Status);
            attributes.Set("explanation", group.Explanation);
            context.Add(new Annotation(Kinds.QuantityGroup, group.Members[0].Quantity.Span, attributes));
        }
    }

    /// <summary>The interval as <c>{"low", "high"}</c>, an open end as null.</summary>
    private static AnnotationAttributes Bounds(double low, double high)
    {
        var bounds = new AnnotationAttributes();
        SetBound("low", low);
        SetBound("high", high);
        return bounds;

        void SetBound(string name, double value)
        {
            if (double.IsFinite(value))
            {
                bounds.Set(name, Math.Round(value, 2));
            }
            else
            {
                bounds.Set(name, (string?)null);
            }
        }
    }

    /// <summary>Who gave a figure: the speaker of the attribution whose content holds it, with the role the text gives (<c>John Thomas, US Central Command spokesperson</c>), else its source as written.</summary>
    private static string? SourceOf(Quantity q, string text, SpanIndex<Annotation> contents)
    {
        var covering = contents.FirstCovering(q.Span);
        if (covering?.Attributes.GetString("speaker") is { } speaker)
        {
            return covering.Attributes.GetString("role") is { } role ? $"{speaker}, {role}" : speaker;
        }

        return covering?.Attributes.GetSpan("source") is { } source ? text.Substring(source.Start, source.Length) : null;
    }

    /// <summary>
    /// The value of the first date in the figure's sentence (the shared text layer's: abbreviations such as "Sept." do
    /// not end one), or in the sentences it spans. Found once per sentence: the figures of one sentence share it, and
    /// a search per figure cost the sentence's dates each time (8 MB of date and number words, one sentence, ran for
    /// minutes).
    /// </summary>
    private static string? TimeOf(Quantity q, TextLayer layer, SpanIndex<Annotation> dates, Dictionary<(int, int), string?> sentenceTimes)
    {
        var first = layer.SentenceAt(q.Span.Start);
        var last = layer.SentenceAt(Math.Max(q.Span.Start, q.Span.End - 1));
        if (!sentenceTimes.TryGetValue((first, last), out var time))
        {
            time = sentenceTimes[(first, last)] = dates.FirstWithin(layer.Sentences[first].Span.Start, layer.Sentences[last].Span.End)?.Attributes.GetString("value");
        }

        return time;
    }
}
