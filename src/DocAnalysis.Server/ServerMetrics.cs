using System.Diagnostics.Metrics;

namespace DocAnalysis.Server;

/// <summary>
/// The server's measurements, as <see cref="System.Diagnostics.Metrics"/> instruments of the meter
/// <c>DocAnalysis.Server</c> (<c>dotnet-counters monitor --counters DocAnalysis.Server,DocAnalysis.Engine</c>): each
/// request's duration by endpoint and status, and the documents analysed. The analysers' own timings are the
/// engine's (meter <c>DocAnalysis.Engine</c>).
/// </summary>
internal static class ServerMetrics
{
    public const string MeterName = "DocAnalysis.Server";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> RequestDuration =
        Meter.CreateHistogram<double>("docanalysis.server.request.duration", "ms", "How long a request took, from its first byte to its last answered.");

    public static readonly Counter<long> Documents =
        Meter.CreateCounter<long>("docanalysis.server.documents", "{document}", "Documents analysed.");
}
