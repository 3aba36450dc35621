using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DocAnalysis.Benchmarks;

/// <summary>Adds an MB/s column: corpus bytes over the mean time of one pass.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Corpus size per analyser, filled in by the benchmark's setup (which runs in the same process as the column in-process, and is recomputed otherwise).</summary>
    public static ConcurrentDictionary<string, long> Bytes { get; } = new();

    public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 megabytes of corpus text analysed per second, single-threaded";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var analyser = (string)benchmarkCase.Parameters["Analyser"];
            var bytes = Bytes.GetOrAdd(analyser, a => Corpus.Load(a switch { "date-normaliser" => "dates/tbaq/corpus", "credit-line-stripper" => "credits/dev/corpus", _ => "attribution/dev/corpus" }).Bytes);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is null ? "-" : (bytes / 1e6 / (mean.Value / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
