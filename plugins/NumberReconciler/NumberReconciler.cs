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
    };

    public void Analyse(IAnalysisContext context)
    {
        var text = context.Text;
        var dates = context.Annotations.Where(a => a.Kind == Kinds.Date).ToList();
        var attributions = context.Annotations.Where(a => a.Kind == Kinds.Attribution).ToList();
        // Dates, clock times and sets are not quantities; durations are ("33 years" counts years).
        var quantities = QuantityExtractor.Extract(text, [.. dates.Where(d => d.Attributes.GetString("type") != "DURATION").Select(d => d.Span)], context.CancellationToken);
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
        var stops = SentenceStops(text);
        var sentenceTimes = new Dictionary<(int, int), string?>();
        var groups = new Reconciler(options).Group(text, quantities, q => SourceOf(q, text, contents), q => TimeOf(q, text, stops, times, sentenceTimes), context.CancellationToken);
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
    /// The value of the first date in the figure's sentence. Found once per sentence: the figures of one sentence share
    /// it, and a search per figure cost the sentence's dates each time (8 MB of date and number words, one sentence,
    /// ran for minutes).
    /// </summary>
    private static string? TimeOf(Quantity q, string text, List<int> stops, SpanIndex<Annotation> dates, Dictionary<(int, int), string?> sentenceTimes)
    {
        // The sentence starts after the last stop before the figure; a stop at 0 counts even under a figure that starts
        // with it (.5), as the search back from the figure counted it.
        var first = FirstAtOrAfter(stops, Math.Max(1, q.Span.Start));
        var next = FirstAtOrAfter(stops, q.Span.End);
        if (!sentenceTimes.TryGetValue((first, next), out var time))
        {
            time = sentenceTimes[(first, next)] = dates.FirstWithin(first > 0 ? stops[first - 1] + 1 : 0, next < stops.Count ? stops[next] : text.Length)?.Attributes.GetString("value");
        }

        return time;
    }

    /// <summary>The index of the first of the sorted <paramref name="positions"/> at or after <paramref name="position"/>.</summary>
    private static int FirstAtOrAfter(List<int> positions, int position)
    {
        var i = positions.BinarySearch(position);
        return i >= 0 ? i : ~i;
    }

    /// <summary>
    /// Where the text's sentences stop (a full stop or a line end), in order: found once, so a quantity's sentence is a
    /// binary search away. Searching from each quantity cost the length of its sentence, and a text without a stop is
    /// one sentence: 8 MB of number words ran for many minutes.
    /// </summary>
    private static List<int> SentenceStops(string text)
    {
        var stops = new List<int>();
        for (var i = text.IndexOfAny(Stops); i >= 0; i = text.IndexOfAny(Stops, i + 1))
        {
            stops.Add(i);
        }

        return stops;
    }

    private static readonly char[] Stops = ['.', '\n'];
}
