using System.CommandLine;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host;
using DocAnalysis.Host.Output;
using DocAnalysis.Reports.Snapshots;

namespace DocAnalysis.Cli;

/// <summary>
/// <c>docanalysis verify</c> and <c>docanalysis accept</c>: snapshot a corpus against approved renderings
/// (<c>ID.verified.txt</c> beside each document), with the engine the test harness uses.
/// </summary>
internal sealed class SnapshotCommands
{
    private readonly HostSetup _setup = new();
    private readonly Argument<string> _folder = new("folder") { Description = "The folder of documents and their *.verified.txt snapshots." };

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Write the changed findings of every document that differs (added, removed, changed, with the text around them) to this HTML file.",
        HelpName = "file.html",
    };

    private readonly Option<bool> _accept = new("--accept")
    {
        Description = "Accept every difference and new snapshot: write each rendering to its ID.verified.txt.",
    };

    public Command BuildVerify()
    {
        var command = new Command("verify", "Analyse a folder and compare each document's rendering with ID.verified.txt; write ID.received.txt and show a diff where they differ.");
        command.Arguments.Add(_folder);
        command.Options.Add(_accept);
        command.Options.Add(_report);
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

            var problems = new List<string>();
            var accepted = SnapshotEngine.AcceptAll(path, problems);
            foreach (var verified in accepted)
            {
                Console.WriteLine($"accepted {Printable.Escape(verified)}");
            }

            foreach (var problem in problems)
            {
                Terminal.ReportUsage(problem);
            }

            Console.WriteLine(accepted.Count == 0 ? $"Nothing {(problems.Count > 0 ? "was accepted" : "to accept")} in {Printable.Escape(path)}." : $"Accepted {accepted.Count} snapshot(s).");
            return problems.Count > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;
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

        using var loggerFactory = HostSetup.CreateLoggerFactory();
        var options = _setup.Resolve(parseResult, loggerFactory);
        // Sources are named inside the folder, so a snapshot does not depend on where the folder is or how it was typed.
        var source = new DocumentSource([folder], _setup.GetSourceOptions(parseResult) with { SourcesRelative = true });
        var accept = parseResult.GetValue(_accept);
        await using var engine = await HostSetup.LoadEngineAsync(options, cancellationToken);
        int matched = 0, accepted = 0, created = 0, differ = 0, unreadable = 0;
        var changes = new List<SnapshotChange>();
        await foreach (var result in engine.AnalyseAllAsync(source.Enumerate(), cancellationToken))
        {
            Terminal.ReportDiagnostics(result);
            var verified = Path.Combine(folder, result.Id + ".verified.txt");
            SnapshotOutcome outcome;
            try
            {
                outcome = SnapshotEngine.Compare(verified, engine.Render(result), accept, result.Document?.Text, folder);
            }
            catch (Exception e) when (e is SnapshotFileException or IOException or UnauthorizedAccessException)
            {
                unreadable++;
                Terminal.ReportUsage(e is SnapshotFileException ? e.Message : $"{Printable.Escape(verified)}: {OutputTargetException.Reason(e)}");
                continue;
            }

            if (outcome.Change is { } change)
            {
                changes.Add(change with { Name = result.Id });
            }

            if (outcome.Accepted)
            {
                accepted++;
                Console.WriteLine($"accepted {Printable.Escape(verified)}");
            }
            else if (outcome.Matched)
            {
                matched++;
            }
            else if (outcome.IsNew)
            {
                created++;
                Console.WriteLine($"new: {Printable.Escape(result.Id)} has no snapshot yet; its rendering is in {Printable.Escape(outcome.ReceivedPath!)}");
            }
            else
            {
                differ++;
                Console.WriteLine($"{Printable.Escape(outcome.VerifiedPath)} differs from the analysis ({Printable.Escape(outcome.ReceivedPath!)}):");
                Console.WriteLine(outcome.Diff);
            }
        }

        Console.WriteLine($"{matched} snapshot(s) match, {differ} differ, {created} new" + (accept ? $", {accepted} accepted" : "") + (unreadable > 0 ? $", {unreadable} cannot be compared." : "."));
        if (parseResult.GetValue(_report) is { } report)
        {
            try
            {
                AtomicFile.WriteAllText(Path.GetFullPath(report), SnapshotReport.Render(changes, $"Snapshot changes in {folder}"));
                Console.WriteLine($"The changed findings of {changes.Count} document(s), as a page: {Printable.Escape(report)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Terminal.ReportUsage($"cannot write the report to {Printable.Escape(report)}: {OutputTargetException.Reason(e)}");
                unreadable++;
            }
        }

        if (differ + created > 0)
        {
            Console.WriteLine($"If the changes are intended, accept them: docanalysis accept {folder} (or docanalysis verify {folder} --accept).");
        }

        return differ + created + unreadable > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;
    }
}
