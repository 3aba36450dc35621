using System.CommandLine;
using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using Humanizer;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary><c>docanalysis run</c>: analyses files and folders and writes the results.</summary>
internal sealed class RunCommand
{
    private readonly HostSetup _setup = new();

    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to analyse: .txt files (with optional NAME.meta.json) and .jsonl files of {\"id\",\"text\",\"metadata\"} records.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Where to write: a folder for --format json (one file per document), a file for jsonl and text. Default: standard output.",
    };

    private readonly Option<OutputFormat?> _format = new("--format", "-f")
    {
        Description = "json (one file per document, needs --out), jsonl (one record a line) or text (the snapshot rendering). Default: json with --out, else text.",
    };

    public Command Build()
    {
        var command = new Command("run", "Analyse documents with the loaded plugins and write the results.");
        command.Arguments.Add(_paths);
        command.Options.Add(_out);
        command.Options.Add(_format);
        _setup.AddAnalysisOptions(command);
        command.SetAction(ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        using var loggerFactory = HostSetup.CreateLoggerFactory();
        var options = _setup.Resolve(parseResult, loggerFactory);
        var source = new DocumentSource(parseResult.GetValue(_paths)!, _setup.GetReferenceDate(parseResult));
        if (source.MissingPaths().FirstOrDefault() is { } missing)
        {
            throw new UsageException($"'{missing}' is neither a file nor a folder");
        }

        var outPath = parseResult.GetValue(_out);
        var format = parseResult.GetValue(_format) ?? (outPath is null ? OutputFormat.Text : OutputFormat.Json);
        if (format == OutputFormat.Json && outPath is null)
        {
            throw new UsageException("--format json writes one file per document and needs --out DIR; use --format jsonl for standard output");
        }

        await using var engine = await HostSetup.LoadEngineAsync(options, cancellationToken).ConfigureAwait(false);
        using var sink = ResultWriter.Create(format, outPath, engine.Pipeline);

        var summary = new RunSummary();
        var interactive = !Console.IsErrorRedirected && !Host.Snapshots.BuildServer.IsDetected;
        var cancelled = false;
        try
        {
            if (interactive)
            {
                // The inputs stream (a JSON Lines file may hold more documents than memory): the bar counts, it cannot know the total.
                await Terminal.Error.Progress().AutoClear(true).StartAsync(async progress =>
                {
                    var task = progress.AddTask("Analysing");
                    task.IsIndeterminate = true;
                    await Consume(source.Enumerate(), task).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }
            else
            {
                await Consume(source.Enumerate(), null).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        sink.Complete();
        if (interactive)
        {
            Terminal.Error.MarkupLineInterpolated($"[grey]{summary.Describe(cancelled)}[/]");
        }

        return cancelled ? ExitCodes.Cancelled : summary.Failed > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;

        async Task Consume(IEnumerable<DocumentInput> inputs, ProgressTask? task)
        {
            await foreach (var result in engine.AnalyseAllAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    sink.Write(result);
                    summary.Add(result);
                }
                catch (ResultWriteException e)
                {
                    summary.AddUnwritten(result);
                    Terminal.ReportUsage(e.Message);
                }

                Terminal.ReportDiagnostics(result);
                if (task is not null)
                {
                    task.Description = $"Analysing: {"document".ToQuantity(summary.Documents)}";
                }
            }
        }
    }
}
