using System.Globalization;
using System.CommandLine;
using DocAnalysis.Host;
using DocAnalysis.Host.Inputs;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Reports.Html;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary><c>docanalysis run</c>: analyses files and folders and writes the results.</summary>
internal sealed class RunCommand
{
    private readonly HostSetup _setup = new();

    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Files or folders to analyse: .txt files (with optional NAME.meta.json) and .jsonl files of {\"id\",\"text\",\"metadata\"} records; - reads such records from standard input as they come.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Where to write: a file, or a folder for the formats that write one file per document. The format follows the name: "
            + string.Join(", ", Formats.Where(f => !f.WritesFolder).Select(f => "NAME" + f.Extension)) + ", else a folder. Default: standard output.",
        HelpName = "path",
    };

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Analyse only shard K of N: the documents whose id hashes (64-bit FNV-1a of its UTF-8) to K-1 modulo N. The N shards of a corpus are disjoint and together the whole run.",
        HelpName = "K/N",
    };

    private readonly Option<string?> _stdinName = new("--stdin-name")
    {
        Description = "The name records read from standard input (-) carry in their source, NAME:LINE. Default: -.",
        HelpName = "name",
    };

    private readonly Option<string?> _stdinFirstLine = new("--stdin-first-line")
    {
        Description = "The line number of the first record read from standard input, for a part of a larger file (a partition from line 1001 of corpus.jsonl). Default: 1.",
        HelpName = "n",
    };

    private readonly Option<string?> _format = new("--format", "-f")
    {
        Description = string.Join(", ", Formats.Select(f => $"{f.Name} ({f.Description})")) + $". Default: from --out, else {Formats.DefaultFile.Name}.",
        HelpName = string.Join('|', Formats.Select(f => f.Name)),
    };

    /// <summary>The formats <c>run</c> offers: the host's, and the HTML report.</summary>
    internal static OutputFormats Formats { get; } = OutputFormats.Host.With(HtmlReportWriter.Format);

    public Command Build()
    {
        var command = new Command("run", "Analyse documents with the loaded plugins and write the results.");
        _paths.Validators.Add(result =>
        {
            // An unknown option is not a path: say so, rather than "'--bogus' is neither a file nor a folder".
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError(Suggestion.UnknownOption(token.Value, command));
            }
        });
        _format.AcceptOnlyFromAmong([.. Formats.Select(f => f.Name)]);
        command.Arguments.Add(_paths);
        command.Options.Add(_out);
        command.Options.Add(_format);
        command.Options.Add(_shard);
        command.Options.Add(_stdinName);
        command.Options.Add(_stdinFirstLine);
        _setup.AddAnalysisOptions(command);
        command.SetAction(ExecuteAsync);
        return command;
    }

    /// <summary>How the run reads its inputs: the shared options, the shard, and standard input's name; <c>-</c> once, from a pipe or a file.</summary>
    private DocumentSourceOptions GetSourceOptions(ParseResult parseResult, string[] paths)
    {
        DocumentShard? shard = null;
        if (parseResult.GetValue(_shard) is { } text && !DocumentShard.TryParse(text, out shard, out var problem))
        {
            throw new UsageException($"--shard {problem}");
        }

        var stdin = paths.Count(p => p == DocumentSource.StandardInput);
        if (stdin > 1)
        {
            throw new UsageException("'-' (standard input) is given more than once; it can be read only once");
        }

        if (stdin == 1 && !Console.IsInputRedirected)
        {
            throw new UsageException("'-' reads JSON Lines records from standard input, which is a terminal here: pipe them in (cat corpus.jsonl | docanalysis run -)");
        }

        var firstLine = 1L;
        if (parseResult.GetValue(_stdinFirstLine) is { } line && (!long.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out firstLine) || firstLine < 1))
        {
            throw new UsageException($"--stdin-first-line '{line}' is not a line number (1 or more)");
        }

        return _setup.GetSourceOptions(parseResult) with
        {
            Shard = shard,
            StandardInputName = parseResult.GetValue(_stdinName) ?? DocumentSource.StandardInput,
            StandardInputFirstLine = firstLine,
        };
    }

    /// <summary>
    /// The format and where it goes: --format, else from --out (a file named with a format's extension, an existing
    /// folder or a new name without extension for the first folder format). Conflicts are usage errors before anything
    /// is analysed.
    /// </summary>
    internal static OutputFormat ChooseFormat(string? format, string? outPath)
    {
        // Standard output, a device or a FIFO is written as a stream: its format is given, or its name says, or the default.
        var stream = outPath is not null && StreamResultWriter.IsStream(outPath);
        var isFolder = outPath is not null && !stream && Directory.Exists(outPath);
        var isFile = outPath is not null && File.Exists(outPath);
        var extension = outPath is null ? "" : Path.GetExtension(outPath);
        var named = Formats.ForExtension(extension);
        var chosen = format is not null ? Formats.Find(format) ?? throw new UsageException($"--format takes {string.Join(", ", Formats)}, not '{format}'")
            : outPath is null ? Formats.DefaultFile
            : stream ? named is { WritesFolder: false } ? named : Formats.DefaultFile
            : isFolder || extension.Length == 0 ? Formats.DefaultFolder
            : named is { WritesFolder: true } ? throw new UsageException($"--out {outPath} names a file, but {named} output is one file per document in a folder: name a folder, or use NAME{Formats.Find("jsonl")!.Extension} for one file")
            : named ?? throw new UsageException($"cannot tell the format from --out {outPath}: name {string.Join(" or ", Formats.Where(f => !f.WritesFolder).Select(f => "NAME" + f.Extension))}, or a folder, or give --format");

        if (chosen.WritesFolder && outPath is null)
        {
            throw new UsageException($"--format {chosen} writes one file per document and needs --out FOLDER; use --format jsonl for standard output");
        }

        if (chosen.WritesFolder && stream)
        {
            throw new UsageException($"--out {outPath} is a stream (standard output, a device or a FIFO), but {chosen} output is one file per document in a folder");
        }

        if (chosen.WritesFolder && isFile)
        {
            throw new UsageException($"--out {outPath} is a file, but {chosen} output is one file per document in a folder");
        }

        if (!chosen.WritesFolder && isFolder)
        {
            throw new UsageException($"--out {outPath} is a folder, but {chosen} output is one file: name a file such as {Path.Join(outPath, "results" + chosen.Extension)}");
        }

        return chosen;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var outPath = parseResult.GetValue(_out);
        var format = ChooseFormat(parseResult.GetValue(_format), outPath);
        var toStandardOutput = outPath is null || StandardOutput.IsNamedBy(outPath);
        // What in-process plugins print goes to standard error, never among the results (as under isolation).
        StandardOutput.ReserveForResults();
        using var loggerFactory = HostSetup.CreateLoggerFactory();
        var options = _setup.Resolve(parseResult, loggerFactory);
        var paths = parseResult.GetValue(_paths)!;
        var source = new DocumentSource(paths, GetSourceOptions(parseResult, paths));
        if (source.MissingPaths().FirstOrDefault() is { } missing)
        {
            throw new UsageException($"'{missing}' is neither a file nor a folder");
        }

        await using var engine = await HostSetup.LoadEngineAsync(options, cancellationToken).ConfigureAwait(false);
        IResultWriter sink;
        try
        {
            sink = ResultWriter.Create(format, outPath, engine.Pipeline);
        }
        catch (OutputTargetException e)
        {
            throw new UsageException(e.Message);
        }

        using var _ = sink;

        var summary = new RunSummary();
        // Live progress only where a person watches standard error and the results do not go to the same terminal.
        var live = Terminal.IsInteractive && (!toStandardOutput || !StandardOutput.IsTerminal);
        var cancelled = false;
        string? stopped = null;
        Task<int?>? total = null;
        try
        {
            if (live)
            {
                // The total, when the inputs tell it without being read, counted beside the run so it starts at once.
                total = Task.Run(source.CountWithoutReading, cancellationToken);
                await Terminal.Error.Status().Spinner(Spinner.Known.Dots).StartAsync("Analysing", async status =>
                    await Consume(source.Enumerate(), status).ConfigureAwait(false)).ConfigureAwait(false);
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
        catch (IOException e)
        {
            // The output cannot be written (a full disk, a vanished folder): stop rather than lose results silently.
            stopped = $"cannot write the results to {outPath ?? "standard output"}: {e.Message}";
        }

        if (stopped is null)
        {
            try
            {
                sink.Complete();
            }
            catch (IOException e)
            {
                stopped = $"cannot write the results to {outPath ?? "standard output"}: {e.Message}";
            }
        }

        if (stopped is not null)
        {
            Terminal.ReportUsage(stopped + "; the run stopped");
        }

        if (summary.Unanchored > 0 && engine.Pipeline.Any(a => a.Provides.Contains(Kinds.Date, StringComparer.Ordinal)))
        {
            Terminal.Note($"{Words.Count(summary.Unanchored, "document")} had no publication date: relative dates in them (today, last Friday) are resolved " +
                "against a dateline when the text has one, else left out. Give NAME.meta.json {\"published\": \"2017-04-26\"}, a \"published\" field in JSON Lines metadata, or --reference-date.");
        }

        Terminal.Summary(summary.Describe(cancelled, stopped is not null)); // on a terminal, in a file or a pipe alike

        return cancelled ? ExitCodes.Cancelled : stopped is not null || summary.Failed > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;

        async Task Consume(IEnumerable<DocumentInput> inputs, StatusContext? status)
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
                    summary.AddUnwritten();
                    Terminal.ReportUsage(e.Message);
                }

                Terminal.ReportDiagnostics(result);
                status?.Status(summary.Progress(total is { IsCompletedSuccessfully: true } counted ? counted.Result : null));
            }
        }
    }
}
