namespace DocAnalysis.Plugins.Dates;

/// <summary>
/// Annotates dates, times, durations and sets as <c>date</c> with a TIMEX3 <c>type</c> and <c>value</c>, resolved
/// against the publication date (or a dateline, or the reference date); unresolvable parts stay as X's.
/// </summary>
public sealed class DateNormaliser : IAnalyser
{
    public const string Id = "date-normaliser";

    public AnalyserDescriptor Descriptor { get; } = new(Id, "Date normaliser", AnalyserDescriptor.VersionOf(typeof(DateNormaliser)))
    {
        Requires = [Views.Clean],
        Provides = [Kinds.Date],
        Displays = [new(Kinds.Date) { Colour = "#cfe8ff", Fields = ["type", "value"] }],
    };

    public void Analyse(IAnalysisContext context)
    {
        var anchor = Anchor.Resolve(context);
        var resolver = new DateResolver(anchor);
        var timexes = resolver.Resolve(context.Layer, context.CancellationToken);
        if (anchor.Dateline is { } dateline)
        {
            // The dateline is one expression, the one everything else is anchored on.
            timexes.RemoveAll(t => t.Span.OverlapsWith(dateline));
            timexes.Insert(0, new Timex(dateline, anchor.Value.Contains('T', StringComparison.Ordinal) ? "TIME" : "DATE", anchor.Value, Resolved: anchor.Date));
        }

        foreach (var timex in timexes)
        {
            var attributes = new AnnotationAttributes
            {
                { "type", timex.Type },
                { "value", timex.Value },
            };
            if (timex.Mod is not null)
            {
                attributes.Set("mod", timex.Mod);
            }

            attributes.Set("anchor", anchor.Value);
            attributes.Set("anchor_source", anchor.Source);
            if (resolver.Describe(timex) is { } phrase)
            {
                attributes.Set("phrase", phrase);
            }

            context.Add(new Annotation(Kinds.Date, timex.Span, attributes));
        }
    }
}
