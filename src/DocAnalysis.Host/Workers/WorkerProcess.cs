using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DocAnalysis.Host.Pipeline;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Workers;

/// <summary>
/// One worker process and the host's end of its protocol. It holds up to <see cref="Depth"/> documents (the next one
/// waits in its input while it analyses one) and analyses them in the order sent; a worker that ends, or stops
/// answering, is never used again.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    /// <summary>The longest ready message (the pipeline's descriptors), and what a result may take besides its documents.</summary>
    private const long BaseLineBytes = 16L * 1024 * 1024;

    /// <summary>The longest line kept of what a worker writes to standard error; the rest of a longer line is skipped.</summary>
    private const long ErrorLineBytes = 4096;

    private readonly Process _process;
    private readonly int _pid; // kept: the process object may be disposed while a timer still runs
    private readonly Stream _input;
    private readonly LineReader _output;
    private readonly Task _errors;
    private readonly ILogger _logger;
    private readonly TimeSpan _silence;
    private readonly long _memoryLimit;
    private readonly CancellationTokenSource _orphaned = new();
    private readonly ConcurrentDictionary<long, Pending> _pending = new();
    private readonly SemaphoreSlim _writing = new(1); // never disposed: a document may still be waiting on it when the worker is closed
    private readonly Timer _watch;
    private Task _messages = Task.CompletedTask;
    private string? _crash;
    private long _lastWord = Environment.TickCount64;
    private long _longestText;
    private long _usedMemory;
    private bool _ended;
    private bool _silent;
    private bool _drained;

    private WorkerProcess(Process process, TimeSpan silence, long memoryLimit, ILogger logger)
    {
        _process = process;
        _pid = process.Id;
        _silence = silence;
        _memoryLimit = memoryLimit;
        _logger = logger;
        _input = process.StandardInput.BaseStream;
        _output = new LineReader(process.StandardOutput.BaseStream);
        _errors = Task.Run(ReadErrorsAsync);
        _ = Task.Run(EndWithChildrenAsync);
        _watch = new Timer(Watch, null, WatchPeriod, WatchPeriod);
    }

    /// <summary>How often the watch looks at a worker's silence and memory.</summary>
    private static TimeSpan WatchPeriod { get; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The longest message the worker may write: its results carry annotations and views of the documents it holds,
    /// so the bound grows with the longest of them; a worker writing without end is stopped at it.
    /// </summary>
    private long MaxLineBytes => Math.Min(BaseLineBytes + (64 * Volatile.Read(ref _longestText)), Array.MaxLength - 2);

    /// <summary>
    /// The outcome of one document: the worker's result; or how the worker ended and which analyser was running; or,
    /// with neither, that the worker ended before it started the document.
    /// </summary>
    public sealed record Outcome(AnalysisResult? Result, string? Analyser, string? Ending);

    /// <summary>Starts a worker and waits until it has loaded the plugins; throws <see cref="WorkerSetupException"/> when it cannot.</summary>
    public static async Task<(WorkerProcess Worker, IReadOnlyList<AnalyserDescriptor> Pipeline)> StartAsync(
        IReadOnlyList<string> command, byte[] init, TimeSpan startTimeout, TimeSpan silence, long memoryLimit, ILogger logger, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new WorkerSetupException($"the worker command '{string.Join(' ', command)}' started no process");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new WorkerSetupException($"the worker command '{string.Join(' ', command)}' cannot be started: {e.Message}");
        }

        var worker = new WorkerProcess(process, silence, memoryLimit, logger);
        try
        {
            await worker._input.WriteAsync(init, cancellationToken).ConfigureAwait(false);
            await worker._input.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await worker._output.ReadLineAsync(BaseLineBytes, worker._orphaned.Token).AsTask().WaitAsync(startTimeout, cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                throw new WorkerSetupException($"the worker process ended before it was ready: {await worker.EndingAsync().ConfigureAwait(false)}");
            }

            using var message = JsonDocument.Parse(line.Value);
            if (message.RootElement.TryGetProperty("problems", out var problems))
            {
                throw new WorkerSetupException([.. WorkerProtocol.Strings(problems)]);
            }

            var pipeline = WorkerProtocol.ReadDescriptors(message.RootElement.GetProperty("ready"));
            worker._messages = Task.Run(worker.ReadMessagesAsync, CancellationToken.None);
            return (worker, pipeline);
        }
        catch (OperationCanceledException) when (worker._orphaned.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // It ended, and a process it started holds its output open.
            var ending = await worker.EndingAsync().ConfigureAwait(false);
            worker.Dispose();
            throw new WorkerSetupException($"the worker process ended before it was ready: {ending}");
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            worker.Dispose();
            throw new WorkerSetupException($"the worker process does not speak protocol {WorkerProtocol.Version}: {e.Message}");
        }
        catch (TimeoutException)
        {
            worker.Dispose();
            throw new WorkerSetupException($"the worker process did not load the plugins within {startTimeout.TotalSeconds:0} s");
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>How many documents the worker holds: the one it analyses and the one waiting in its input.</summary>
    public const int Depth = 2;

    /// <summary>Documents sent and not answered.</summary>
    public int InFlight => _pending.Count;

    /// <summary>True once the worker has ended, stopped answering, or is to end (a call that would not stop): it takes no more documents.</summary>
    public bool Ended => Volatile.Read(ref _ended);

    /// <summary>
    /// Sends one document; the result comes when the worker has analysed the documents sent before it. When the worker
    /// ends first, the outcome says how and which analyser was running, or that the document was never started.
    /// Cancellation kills the worker.
    /// </summary>
    public async Task<Outcome> AnalyseAsync(long n, Document document, string source, IEnumerable<string> skip, CancellationToken cancellationToken)
    {
        var pending = new Pending(document, source);
        if (document.Text.Length > Volatile.Read(ref _longestText))
        {
            Volatile.Write(ref _longestText, document.Text.Length);
        }

        _pending[n] = pending;
        if (Volatile.Read(ref _drained) && _pending.TryRemove(n, out _))
        {
            return new Outcome(null, null, null); // it ended before this document reached it
        }

        var line = WorkerProtocol.Line(w => WorkerProtocol.WriteDocument(w, n, document, source, skip));
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Touch();
            await _input.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await _input.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The worker went away (or another document found it ended and closed it): its reader answers every
            // document it held, this one included.
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        finally
        {
            _writing.Release();
        }

        try
        {
            return await pending.Outcome.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
    }

    /// <summary>Reads the worker's messages until it ends, and answers every document it held.</summary>
    private async Task ReadMessagesAsync()
    {
        long current = -1;
        string? running = null;
        string ending;
        try
        {
            while (await _output.ReadLineAsync(MaxLineBytes, _orphaned.Token).ConfigureAwait(false) is { } line)
            {
                Touch();
                using var message = JsonDocument.Parse(line);
                if (message.RootElement.TryGetProperty("calling", out var calling))
                {
                    current = calling.GetProperty("n").GetInt64();
                    running = calling.GetProperty("analyser").GetString();
                }
                else if (message.RootElement.TryGetProperty("result", out var result) && _pending.TryRemove(result.GetProperty("n").GetInt64(), out var done))
                {
                    if (result.GetProperty("abandoned").GetBoolean())
                    {
                        // A call that would not stop runs on in the worker: it ends, and takes nothing more.
                        Volatile.Write(ref _ended, true);
                    }

                    done.Outcome.TrySetResult(new Outcome(WorkerProtocol.ReadResult(result, done.Document, done.Source), null, null));
                    current = -1;
                    running = null;
                }
            }

            ending = await EndingAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_orphaned.IsCancellationRequested)
        {
            // It ended, and a process it started outside its group holds its output open: the worker is gone all the same.
            ending = await EndingAsync().ConfigureAwait(false);
        }
        catch (LineTooLongException e)
        {
            Kill();
            ending = $"it wrote {e.Message} to the host, more than any result of the documents it held, so the worker process was killed";
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Kill();
            ending = $"it broke the worker protocol ({e.Message}), so the worker process was killed";
        }

        Volatile.Write(ref _ended, true);
        Volatile.Write(ref _drained, true);
        foreach (var n in _pending.Keys.Order())
        {
            if (_pending.TryRemove(n, out var lost))
            {
                lost.Outcome.TrySetResult(n == current ? new Outcome(null, running, ending) : new Outcome(null, null, null));
            }
        }
    }

    private void Touch() => Volatile.Write(ref _lastWord, Environment.TickCount64);

    /// <summary>
    /// A worker that holds documents and has said nothing for longer than the silence allows is killed; so is one
    /// whose memory exceeds the limit.
    /// </summary>
    private void Watch(object? state)
    {
        if (!_pending.IsEmpty && Environment.TickCount64 - Volatile.Read(ref _lastWord) > _silence.TotalMilliseconds)
        {
            _silent = true;
            Kill();
        }
        else if (_memoryLimit > 0 && Volatile.Read(ref _usedMemory) == 0 && ResidentBytes() is var used && used > _memoryLimit)
        {
            Volatile.Write(ref _usedMemory, used);
            Kill();
        }
    }

    /// <summary>The worker's resident memory, from <c>/proc/PID/statm</c> (0 where there is none).</summary>
    private long ResidentBytes()
    {
        try
        {
            var fields = File.ReadAllText($"/proc/{_pid}/statm").Split(' ');
            return fields.Length > 1 && long.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out var pages) ? pages * Environment.SystemPageSize : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>
    /// When the worker exits, the processes it started and left behind are ended with it (it leads a process group of
    /// its own); one that escaped the group and holds its output open is not waited for beyond two seconds.
    /// </summary>
    private async Task EndWithChildrenAsync()
    {
        await _process.WaitForExitAsync().ConfigureAwait(false);
        Platform.Posix.KillProcessGroup(_pid);
        _orphaned.CancelAfter(TimeSpan.FromSeconds(2));
    }

    private sealed record Pending(Document Document, string Source)
    {
        public TaskCompletionSource<Outcome> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Ends the worker: its input closes, and a worker that does not end within a second is killed.</summary>
    public void Dispose()
    {
        _watch.Dispose();
        Volatile.Write(ref _ended, true);
        try
        {
            _input.Dispose();
        }
        catch (IOException)
        {
            // Already gone.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(1)))
        {
            Kill();
        }

        _messages.Wait(TimeSpan.FromSeconds(5));
        Platform.Posix.KillProcessGroup(_pid);
        _process.StandardOutput.Dispose();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It has ended already, or the worker was closed.
        }

        Platform.Posix.KillProcessGroup(_pid);
    }

    /// <summary>How the worker ended, in words: its exit code or signal, and what the runtime said on the way out.</summary>
    private async Task<string> EndingAsync()
    {
        if (_silent)
        {
            return $"it stopped answering (nothing for {_silence.TotalSeconds:0.#} s), so the worker process was killed";
        }

        if (Volatile.Read(ref _usedMemory) is > 0 and var used)
        {
            return $"it used {used / (1024 * 1024):N0} MB of memory, over the limit of {_memoryLimit / (1024 * 1024):N0} MB for a worker (--max-worker-memory), so the worker process was ended";
        }

        if (!await WaitAsync(_process.WaitForExitAsync(), TimeSpan.FromSeconds(5)).ConfigureAwait(false))
        {
            Kill();
            return "it closed its output without ending, so the worker process was killed";
        }

        // The runtime's last words come on standard error, which may trail the exit (a stack overflow prints its frames).
        await WaitAsync(_errors, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        var code = _process.ExitCode;
        var said = _crash switch
        {
            null => null,
            var c when c.StartsWith("Stack overflow", StringComparison.Ordinal) => "a stack overflow",
            var c when c.StartsWith("Process terminated.", StringComparison.Ordinal) => $"a fail-fast ({c["Process terminated.".Length..].Trim()})",
            var c => $"an exception no one caught, thrown on a thread of its own ({WithoutTypeName(c["Unhandled exception.".Length..].Trim())})",
        };
        return (code, said) switch
        {
            (_, not null) => $"the worker process crashed with {said} (exit code {code})",
            (0, _) => "the worker process exited with code 0 in the middle of the call: the analyser ended the process",
            ( > 128, _) when code - 128 == 9 => "the worker process was killed (signal 9: the system's out-of-memory killer or a kill command)",
            ( > 128, _) => $"the worker process ended on signal {code - 128}",
            _ => $"the worker process exited with code {code} in the middle of the call",
        };
    }

    private static string Shorten(string line) => line.Length > 300 ? line[..300] + "…" : line;

    /// <summary>"System.InvalidOperationException: the reason" → "the reason": users read the reason, not the runtime's type.</summary>
    private static string WithoutTypeName(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !text.AsSpan(0, colon).Contains(' ') ? text[(colon + 2)..] : text;
    }

    private static async Task<bool> WaitAsync(Task task, TimeSpan timeout)
    {
        try
        {
            await task.WaitAsync(timeout).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task<string?> ReadErrorLineAsync(LineReader reader)
    {
        try
        {
            return await reader.ReadLineAsync(ErrorLineBytes, _orphaned.Token).ConfigureAwait(false) is { } line ? Encoding.UTF8.GetString(line.Span) : null;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Reads the worker's standard error: plugins' console output and logs go to the log; the runtime's last words are kept.</summary>
    private async Task ReadErrorsAsync()
    {
        var reader = new LineReader(_process.StandardError.BaseStream, truncateLongLines: true);
        var reason = false;
        while (await ReadErrorLineAsync(reader).ConfigureAwait(false) is { } line)
        {
            if (reason)
            {
                // A fail-fast says "Process terminated." and gives its message on the next line.
                _crash = $"{_crash} {Shorten(line.Trim())}";
                reason = false;
            }
            else if (_crash is null && (line.StartsWith("Stack overflow", StringComparison.Ordinal) || line.StartsWith("Process terminated.", StringComparison.Ordinal)
                || line.StartsWith("Unhandled exception.", StringComparison.Ordinal)))
            {
                _crash = Shorten(line);
                reason = line.Trim() == "Process terminated.";
            }

            if (_logger.IsEnabled(LogLevel.Debug))
            {
                _logger.LogDebug("worker {Pid}: {Line}", _pid, line);
            }
        }
    }
}

/// <summary>A worker process cannot be started or cannot load the plugins; <see cref="Problems"/> says why.</summary>
internal sealed class WorkerSetupException(IReadOnlyList<string> problems) : Exception(string.Join("; ", problems))
{
    public WorkerSetupException(string problem)
        : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; } = problems;
}
