using System.Diagnostics.Metrics;

namespace DocAnalysis.Host.Pipeline;

/// <summary>
/// The engine's measurements, as <see cref="System.Diagnostics.Metrics"/> instruments of the meter
/// <c>DocAnalysis.Engine</c>: how long each analyser took on a document, by analyser. Nothing is recorded unless a
/// listener (such as <c>dotnet-counters</c>) is attached.
/// </summary>
internal static class EngineMetrics
{
    public const string MeterName = "DocAnalysis.Engine";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> AnalyserDuration =
        Meter.CreateHistogram<double>("docanalysis.analyser.duration", "ms", "How long one analyser took on one document.");
}
