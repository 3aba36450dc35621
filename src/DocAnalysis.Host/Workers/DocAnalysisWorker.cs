using System.Text;
using System.Text.Json;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Workers;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host;

/// <summary>
/// The worker side of <c>isolation: process</c>: loads the plugins once, then analyses the documents its host sends,
/// one at a time, until its input ends. <c>docanalysis worker</c> runs it; an application that embeds the host and
/// runs isolated calls it when started as its own worker (see <see cref="EngineOptions.WorkerCommand"/>).
/// The protocol is line-delimited JSON, versioned (<see cref="ProtocolVersion"/>), described in the README.
/// </summary>
public static class DocAnalysisWorker
{
    /// <summary>The protocol version this host speaks.</summary>
    public const int ProtocolVersion = WorkerProtocol.Version;

    /// <summary>Exit code: the plugin set cannot run (the problems were sent to the host first).</summary>
    public const int ExitSetupProblems = 2;

    /// <summary>Exit code: a call did not stop after its timeout, so the worker ends to stop it.</summary>
    public const int ExitAbandonedCall = 3;

    /// <summary>
    /// Speaks the protocol over <paramref name="input"/> and <paramref name="output"/> (a worker's standard input and
    /// output; anything else a plugin writes to the console must go elsewhere, see <c>docanalysis worker</c>) and
    /// returns the process's exit code: 0 when the input ends.
    /// </summary>
    public static async Task<int> RunAsync(Stream input, Stream output, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        // A process group of its own: the host ends it with any process a plugin starts and leaves behind.
        Platform.Posix.LeadOwnProcessGroup();
        using var reader = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var first = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return 0;
        }

        EngineOptions options;
        using (var init = JsonDocument.Parse(first))
        {
            var version = init.RootElement.TryGetProperty("protocol", out var v) && v.TryGetInt32(out var n) ? n : -1;
            if (version != ProtocolVersion)
            {
                await SendAsync(output, w => Problems(w, [$"the host speaks worker protocol {version}, this worker protocol {ProtocolVersion}: use a docanalysis of the same version"]), cancellationToken).ConfigureAwait(false);
                return ExitSetupProblems;
            }

            options = EngineOptions.FromWire(init.RootElement.GetProperty("options"));
        }

        // A worker is the isolation: it runs its analysers in its own process, one document at a time.
        options.Isolation = AnalyserIsolation.InProcess;

        options.LoggerFactory = loggerFactory;
        DocAnalysisEngine engine;
        try
        {
            engine = await DocAnalysisEngine.LoadAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineSetupException e)
        {
            await SendAsync(output, w => Problems(w, e.Problems), cancellationToken).ConfigureAwait(false);
            return ExitSetupProblems;
        }

        await using (engine.ConfigureAwait(false))
        {
            await SendAsync(output, w => { w.WriteNumber("protocol", ProtocolVersion); WorkerProtocol.WriteDescriptors(w, "ready", engine.Pipeline); }, cancellationToken)
                .ConfigureAwait(false);
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                long n;
                Document document;
                string source;
                HashSet<string> skip;
                using (var message = JsonDocument.Parse(line))
                {
                    (n, document, source, skip) = WorkerProtocol.ReadDocument(message.RootElement.GetProperty("document"));
                }

                var observer = new Observer(output, n);
                var result = await engine.AnalyseObservedAsync(document, source, skip, observer, cancellationToken).ConfigureAwait(false);
                await SendAsync(output, w => WorkerProtocol.WriteResult(w, n, result, observer.AnyAbandoned), cancellationToken).ConfigureAwait(false);
                if (observer.AnyAbandoned)
                {
                    return ExitAbandonedCall;
                }
            }
        }

        return 0;

        static void Problems(Utf8JsonWriter writer, IEnumerable<string> problems)
        {
            writer.WriteNumber("protocol", ProtocolVersion);
            WorkerProtocol.WriteStrings(writer, "problems", problems);
        }
    }

    private static async Task SendAsync(Stream output, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        await output.WriteAsync(WorkerProtocol.Line(write), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells the host which analyser runs before each call, so a worker that dies leaves its culprit named.</summary>
    private sealed class Observer(Stream output, long n) : IPipelineObserver
    {
        public bool AnyAbandoned { get; private set; }

        public string AbandonedNote => "its worker process was ended to stop it and replaced";

        public void Calling(string analyser)
        {
            output.Write(WorkerProtocol.Line(w =>
            {
                w.WriteStartObject("calling");
                w.WriteNumber("n", n);
                w.WriteString("analyser", analyser);
                w.WriteEndObject();
            }));
            output.Flush();
        }

        public void Abandoned(string analyser) => AnyAbandoned = true;
    }
}
