using System.CommandLine;
using DocAnalysis.Cli;

var root = new RootCommand("docanalysis: analyse documents with plugins.")
{
    new RunCommand().Build(),
    new PluginsCommand().Build(),
    new ServeCommand().Build(),
    DocAnalysis.Cli.Packages.PluginCommands.Build(),
    new SnapshotCommands().BuildVerify(),
    SnapshotCommands.BuildAccept(),
    WorkerCommand.Build(),
};

if (args.Length == 0)
{
    // No command: say what there is, as help, rather than an error about a missing command.
    return await root.Parse(["--help"]).InvokeAsync();
}

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Terminal.ReportUsage(Terminal.Friendly(error.Message, parseResult.CommandResult.Command));
    }

    var command = parseResult.CommandResult.Command is RootCommand ? "" : parseResult.CommandResult.Command.Name + " ";
    Console.Error.WriteLine($"Run 'docanalysis {command}--help' for usage.");
    return ExitCodes.UsageOrSetup;
}

using var signals = new Signals();
if (parseResult.CommandResult.Command.Name != "worker")
{
    // A worker's end is its host's to report.
    UnexpectedExit.Watch();
}

try
{
    var code = await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, signals.Token);
    return code == ExitCodes.Cancelled ? signals.ExitCode : code;
}
catch (UsageException e)
{
    Terminal.ReportUsage(e.Message);
    return ExitCodes.UsageOrSetup;
}
finally
{
    UnexpectedExit.Expect();
}
