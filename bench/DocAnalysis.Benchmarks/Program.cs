using System.Globalization;
using BenchmarkDotNet.Running;
using DocAnalysis.Benchmarks;

// dotnet run -c Release --project bench/DocAnalysis.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/DocAnalysis.Benchmarks -- passes FOLDER PASSES [ANALYSER]
if (args is ["passes", var folder, var passes, .. var rest] && rest.Length <= 1)
{
    Passes.Run(folder, int.Parse(passes, CultureInfo.InvariantCulture), rest.FirstOrDefault());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyserThroughput).Assembly).Run(args);
