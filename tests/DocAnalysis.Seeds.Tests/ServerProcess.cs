using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// <c>docanalysis serve</c> as a real process on a free loopback port, as a user starts it: the tests talk HTTP to it
/// and stop it with a signal. A server that does not say where it listens within a minute fails the test.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _error;
    private readonly Task<string> _output;

    private ServerProcess(Process process, Uri address, Task<string> error, Task<string> output)
    {
        _process = process;
        Address = address;
        _error = error;
        _output = output;
        // A client waits one second for "100 Continue" by default, then sends the body anyway; on a loaded machine the
        // server's early refusal (a 413) then meets a body in flight and the client sees the connection close instead.
        // As curl does when told to, it waits for the answer to the headers.
        Http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public int Id => _process.Id;

    /// <summary>Starts the server with <paramref name="arguments"/> after <c>serve --urls http://127.0.0.1:0</c>.</summary>
    public static async Task<ServerProcess> StartAsync(params string[] arguments)
    {
        var process = Process.Start(Cli.StartInfo(["serve", "--urls", "http://127.0.0.1:0", .. arguments]))!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var error = Task.Run(async () =>
        {
            var all = new System.Text.StringBuilder();
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                all.AppendLine(line);
                if (Listening().Match(line) is { Success: true } match)
                {
                    listening.TrySetResult(new Uri(match.Groups[1].Value + "/"));
                }
            }

            listening.TrySetException(new InvalidOperationException($"the server ended before it listened: {all}"));
            return all.ToString();
        });
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new ServerProcess(process, address, error, output);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the server did not say where it listens within 60 s");
        }
    }

    /// <summary>Sends SIGTERM and waits for the process to end; its exit code and standard error.</summary>
    public async Task<(int ExitCode, string Error)> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-s", "TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (_process.ExitCode, await _error);
    }

    /// <summary>The server's resident memory now, in megabytes (Linux).</summary>
    public long ResidentMegabytes()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await Task.WhenAll(_error, _output).WaitAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
