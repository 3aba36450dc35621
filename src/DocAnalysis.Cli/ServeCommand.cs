using System.CommandLine;
using DocAnalysis.Server;

namespace DocAnalysis.Cli;

/// <summary><c>docanalysis serve</c>: the engine as a local HTTP service, loaded once and warm.</summary>
internal sealed class ServeCommand
{
    private readonly HostSetup _setup = new();

    private readonly Option<string[]> _urls = new("--urls")
    {
        Description = $"Where to listen, such as http://127.0.0.1:8080 (a port of 0 takes a free one); repeat or separate with ';'. Default: {ServeOptions.DefaultUrl}, this machine only. An address other machines reach needs --api-key-file.",
        HelpName = "url",
    };

    private readonly Option<string?> _apiKeyFile = new("--api-key-file")
    {
        Description = "A file holding the key every request but /healthz must send (Authorization: Bearer KEY, or X-Api-Key: KEY).",
        HelpName = "file",
    };

    private readonly Option<string?> _logFormat = new("--log-format")
    {
        Description = "The request log on standard error, a line per request: text (default) or json.",
        HelpName = "text|json",
    };

    private readonly Option<string?> _maxConcurrent = new("--max-concurrent")
    {
        Description = "How many requests analyse at once (default: one per core); more wait in a queue.",
        HelpName = "n",
    };

    private readonly Option<string?> _queue = new("--queue")
    {
        Description = "How many requests wait for their turn (default 64); beyond them a request is answered 429.",
        HelpName = "n",
    };

    private readonly Option<string?> _maxDocument = new("--max-document-size")
    {
        Description = "The largest document a request may send, in megabytes (default 16); larger ones are answered 413. A batch is read as it comes, whatever its size.",
        HelpName = "MB",
    };

    public Command Build()
    {
        var command = new Command("serve", "Serve the analysers over HTTP: POST /v1/analyse, POST /v1/analyse/batch, GET /v1/plugins, /healthz, /openapi/v1.json, and a page at / to paste a text into.");
        _logFormat.AcceptOnlyFromAmong("text", "json");
        command.Options.Add(_urls);
        command.Options.Add(_apiKeyFile);
        command.Options.Add(_logFormat);
        command.Options.Add(_maxConcurrent);
        command.Options.Add(_queue);
        command.Options.Add(_maxDocument);
        _setup.AddEngineOptions(command);
        command.SetAction(ExecuteAsync);
        return command;
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var urls = (parseResult.GetValue(_urls) ?? []).SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (urls.Count == 0)
        {
            urls.Add(ServeOptions.DefaultUrl);
        }

        var key = ReadKey(parseResult.GetValue(_apiKeyFile));
        if (key is null && urls.FirstOrDefault(u => !ServeOptions.IsLoopback(u)) is { } open)
        {
            throw new UsageException($"--urls {open} can be reached from other machines: give --api-key-file FILE so that only those with the key are answered (or listen on 127.0.0.1)");
        }

        using var loggerFactory = HostSetup.CreateLoggerFactory();
        var options = _setup.Resolve(parseResult, loggerFactory);
        var sourceOptions = _setup.GetSourceOptions(parseResult);
        await using var engine = await HostSetup.LoadEngineAsync(options, cancellationToken).ConfigureAwait(false);
        var serve = new ServeOptions
        {
            Urls = urls,
            ApiKey = key,
            JsonLogs = parseResult.GetValue(_logFormat) == "json",
            MaxConcurrent = HostSetup.WholeNumber(parseResult, _maxConcurrent, least: 1) ?? 0,
            QueueLimit = HostSetup.WholeNumber(parseResult, _queue, least: 0) ?? 64,
            Endpoints = new DocAnalysisServerOptions
            {
                MaxDocumentBytes = (HostSetup.WholeNumber(parseResult, _maxDocument, least: 1) ?? 16) * 1024L * 1024,
                ReferenceDate = sourceOptions.ReferenceDate,
            },
        };
        try
        {
            await DocAnalysisServer.RunAsync(engine, serve, addresses => Terminal.Note($"listening on {string.Join(", ", addresses)} ({string.Join(", ", engine.Pipeline.Select(a => a.Id))}); Ctrl+C stops"), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"cannot listen on {string.Join(", ", urls)}: {e.Message}");
        }

        Terminal.Note("stopped: every request in flight was answered");
        return ExitCodes.Success;
    }

    private static string? ReadKey(string? file)
    {
        if (file is null)
        {
            return null;
        }

        string key;
        try
        {
            key = File.ReadAllText(file).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--api-key-file '{file}' cannot be read ({e.Message})");
        }

        return key.Length >= 16 ? key : throw new UsageException($"--api-key-file '{file}' holds a key of {key.Length} characters; use at least 16 (such as: openssl rand -hex 32 > {file})");
    }

}
