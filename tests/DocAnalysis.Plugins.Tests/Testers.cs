using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests;

/// <summary>One tester per shipped analyser, each with the analysers it requires, composed from the plugins' own startups.</summary>
internal static class Testers
{
    private static readonly IPluginStartup[] Startups =
    [
        new DocAnalysis.Plugins.CreditLines.Startup(),
        new DocAnalysis.Plugins.Dates.Startup(),
        new DocAnalysis.Plugins.Attributions.Startup(),
        new DocAnalysis.Plugins.Numbers.Startup(),
    ];

    public static AnalyserTester CreditLines { get; } = AnalyserTester.Create(DocAnalysis.Plugins.CreditLines.CreditLineStripper.Id, Startups);

    public static AnalyserTester Dates { get; } = AnalyserTester.Create(DocAnalysis.Plugins.Dates.DateNormaliser.Id, Startups);

    public static AnalyserTester Attributions { get; } = AnalyserTester.Create(DocAnalysis.Plugins.Attributions.AttributionFinder.Id, Startups);

    public static AnalyserTester Numbers { get; } = AnalyserTester.Create(DocAnalysis.Plugins.Numbers.NumberReconciler.Id, Startups);

    /// <summary>Metadata of an article published on <paramref name="date"/>.</summary>
    public static DocumentMetadata PublishedOn(string date) =>
        new() { Published = PublicationDate.TryParse(date, out var published) ? published : throw new ArgumentException(date, nameof(date)) };
}
