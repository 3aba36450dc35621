using System.CommandLine;
using DocAnalysis.Host;
using DocAnalysis.Host.Output;

namespace DocAnalysis.Cli;

/// <summary>
/// <c>docanalysis worker</c>: the process a run with <c>--isolation process</c> starts to run the analysers in. It speaks
/// the worker protocol over its standard input and output; not for typing by hand, so hidden from help.
/// </summary>
internal static class WorkerCommand
{
    public static Command Build()
    {
        var command = new Command("worker", $"Run as a worker process of a run with --isolation process (worker protocol {DocAnalysisWorker.ProtocolVersion} over standard input and output).")
        {
            Hidden = true,
        };
        command.SetAction(async (_, cancellationToken) =>
        {
            // Standard output carries the protocol alone: whatever a plugin writes to the console goes to standard error.
            StandardOutput.ReserveForResults();
            var output = StandardOutput.OpenForResults();
            using var loggerFactory = HostSetup.CreateLoggerFactory();
            return await DocAnalysisWorker.RunAsync(Console.OpenStandardInput(), output, loggerFactory, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
