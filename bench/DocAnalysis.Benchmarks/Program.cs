using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DocAnalysis.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DocAnalysis.Benchmarks.AnalyserThroughput).Assembly).Run(args);
