using System.CommandLine;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Snapshots;

namespace DocAnalysis.Cli;

/// <summary>
/// <c>docanalysis verify</c> and <c>docanalysis accept</c>: snapshot a corpus against approved renderings
/// (<c>ID.verified.txt</c> beside each document), with the engine the test harness uses.
/// </summary>
internal sealed class SnapshotCommands
{
    private readonly HostSetup _setup = new();
    private readonly Argument<string> _folder = new("folder") { Description = "The folder of documents and their *.verified.txt snapshots." };

    public Command BuildVerify()
    {
        var command = new Command("verify", "Analyse a folder and compare each document's rendering with ID.verified.txt; write ID.received.txt and show a diff where they differ.");
        command.Arguments.Add(_folder);
        _setup.AddAnalysisOptions(command);
        command.SetAction(VerifyAsync);
        return command;
    }

    public static Command BuildAccept()
    {
        var folder = new Argument<string>("folder") { Description = "The folder whose *.received.* files become *.verified.*, recursively." };
        var command = new Command("accept", "Accept received snapshots: move every *.received.* file over its *.verified.* file.");
        command.Arguments.Add(folder);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                throw new UsageException($"'{path}' is not a folder");
            }

            var accepted = SnapshotEngine.AcceptAll(path);
            foreach (var verified in accepted)
            {
                Console.WriteLine($"accepted {verified}");
            }

            Console.WriteLine(accepted.Count == 0 ? $"Nothing to accept in {path}." : $"Accepted {accepted.Count} snapshot(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private async Task<int> VerifyAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var folder = parseResult.GetValue(_folder)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"'{folder}' is not a folder");
        }

        var (settings, configuration) = _setup.Resolve(parseResult);
        var source = new DocumentSource([folder], _setup.GetReferenceDate(parseResult));
        using var loggerFactory = HostSetup.CreateLoggerFactory();
        using var engine = HostSetup.CreateEngine(settings, configuration, loggerFactory);
        var descriptors = engine.Pipeline!.Analysers.Select(a => a.Descriptor).ToList();
        int matched = 0, differ = 0;
        await foreach (var result in DocumentRunner.RunAsync(engine.Pipeline, source.Enumerate(), _setup.GetParallelism(parseResult, settings), cancellationToken))
        {
            Terminal.ReportDiagnostics(result);
            var verified = Path.Combine(folder, result.Id + ".verified.txt");
            var outcome = SnapshotEngine.Compare(verified, TextRenderer.Render(result, descriptors));
            if (outcome.Matched)
            {
                matched++;
            }
            else
            {
                differ++;
                Console.WriteLine(outcome.Describe());
            }
        }

        Console.WriteLine($"{matched} snapshot(s) match, {differ} differ.");
        return differ > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;
    }
}
