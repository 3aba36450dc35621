using System.CommandLine;
using DocAnalysis.Cli;

var root = new RootCommand("docanalysis: analyse documents with plugins.")
{
    new RunCommand().Build(),
    new PluginsCommand().Build(),
    new SnapshotCommands().BuildVerify(),
    SnapshotCommands.BuildAccept(),
};

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Terminal.ReportUsage(error.Message);
    }

    Console.Error.WriteLine("Run 'docanalysis --help' for usage.");
    return ExitCodes.UsageOrSetup;
}

try
{
    return await parseResult.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (UsageException e)
{
    Terminal.ReportUsage(e.Message);
    return ExitCodes.UsageOrSetup;
}
