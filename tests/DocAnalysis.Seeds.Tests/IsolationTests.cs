using System.Diagnostics;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// <c>--isolation process</c>: the same records as in-process for healthy plugins, and a run that outlives a plugin
/// that overflows its stack, fails fast, exits, throws on its own thread or spins past its timeout.
/// </summary>
public sealed class IsolationTests : IDisposable
{
    private static readonly string[] Markers = ["[stack-overflow]", "[fail-fast]", "[exit-zero]", "[thread-throw]", "[spin]"];

    private readonly string _folder = Directory.CreateTempSubdirectory("docanalysis-isolation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Healthy_plugins_give_the_same_records_in_worker_processes()
    {
        var lines = Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(seed => JsonSerializer.Serialize(new { id = Path.GetFileNameWithoutExtension(seed), text = File.ReadAllText(seed) }))
            .Concat(Enumerable.Range(0, 40).Select(i => JsonSerializer.Serialize(new
            {
                id = $"story-{i}",
                text = $"Officials said on Tuesday that {i + 3} people died, up from {i} on Monday, the ministry said. \ud83d\ude00 \"We are {i}% sure,\" Smith told Reuters.",
                metadata = new { published = "2021-06-1" + (i % 10) },
            })))
            .Append("{\"id\": \"broken\", \"text\": 7}");
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"), lines);

        var inProcess = await Cli.RunAsync(["run", "corpus.jsonl", "--format", "jsonl", "--parallel", "2"], null, workingDirectory: _folder);
        var isolated = await Cli.RunAsync(["run", "corpus.jsonl", "--format", "jsonl", "--parallel", "2", "--isolation", "process"], null, workingDirectory: _folder);

        Assert.Equal(43, inProcess.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(inProcess.Out, isolated.Out);
        Assert.Equal(inProcess.ExitCode, isolated.ExitCode);
    }

    [Fact]
    public async Task A_plugin_that_takes_its_worker_down_costs_only_its_own_call()
    {
        var documents = new List<(string Id, string Text)>();
        for (var i = 0; i < Markers.Length; i++)
        {
            documents.Add(($"healthy-{i}", $"The mayor said on Friday, 12 March 2021, that {i + 2} bridges were closed."));
            documents.Add(($"hostile-{i}", $"The mayor said on Friday, 12 March 2021, that {i + 2} bridges were closed. {Markers[i]}"));
        }

        File.WriteAllLines(Path.Combine(_folder, "hostile.jsonl"), documents.Select(d => JsonSerializer.Serialize(new { id = d.Id, text = d.Text, metadata = new { published = "2021-03-12" } })));
        var hostile = Repository.HostilePlugin;

        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await Cli.RunAsync(
            // A timeout the shipped analysers' first, cold calls meet on a loaded machine; the spin costs it once.
            ["run", "hostile.jsonl", "--format", "jsonl", "--isolation", "process", "--plugins", hostile, "--timeout", "5", "--parallel", "2", "--max-failures", "0"],
            null,
            TimeSpan.FromSeconds(150),
            _folder);
        clock.Stop();

        Assert.True(exit == 1, $"exit code {exit}: {error}");
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(documents.Select(d => d.Id), records.Select(r => r.GetProperty("id").GetString()));
        foreach (var record in records)
        {
            var id = record.GetProperty("id").GetString()!;
            var diagnostics = record.GetProperty("diagnostics").EnumerateArray().ToList();
            var kinds = record.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToHashSet();

            // Every document keeps the shipped analysers' findings: a worker's death cost only the hostile call.
            Assert.Contains("date", kinds);
            Assert.Contains("quantity", kinds);
            Assert.Contains("attribution", kinds);
            if (id.StartsWith("healthy", StringComparison.Ordinal))
            {
                Assert.Empty(diagnostics);
                Assert.Contains("hostile-checked", kinds);
                continue;
            }

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("hostile", diagnostic.GetProperty("analyser").GetString());
            Assert.DoesNotContain("hostile-checked", kinds);
            var message = diagnostic.GetProperty("message").GetString()!;
            Assert.Contains(id, message, StringComparison.Ordinal);
            var expected = id switch
            {
                "hostile-0" => ("DA0002", "stack overflow"),
                "hostile-1" => ("DA0002", "fail-fast (the hostile plugin gives up)"),
                "hostile-2" => ("DA0002", "exited with code 0"),
                "hostile-3" => ("DA0002", "thrown on the hostile plugin's own thread"),
                _ => ("DA0001", "timed out after 5 s"),
            };
            Assert.Equal(expected.Item1, diagnostic.GetProperty("id").GetString());
            Assert.Contains(expected.Item2, message, StringComparison.Ordinal);
        }

        // Each crash costs a worker's start; the spin costs its timeout and the grace: far from the test's limit.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_spinning_call_stops_with_its_worker()
    {
        File.WriteAllText(Path.Combine(_folder, "spin.txt"), "It spins. [spin]");
        var hostile = Repository.HostilePlugin;
        var (exit, output, error) = await Cli.RunAsync(
            ["run", "spin.txt", "--format", "jsonl", "--isolation", "process", "--plugins", hostile, "--timeout", "1", "--no-default-plugins"], null, TimeSpan.FromSeconds(60), _folder);

        Assert.True(exit == 1, error);
        var diagnostic = JsonDocument.Parse(output).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("DA0001", diagnostic.GetProperty("id").GetString());
        Assert.Contains("its worker process was ended to stop it", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);

        // No worker is left burning a core after the run (workers run in the run's folder, so none other is in this one).
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Process.GetProcesses(), p => WorkingFolder(p.Id) == _folder && CommandLine(p.Id).Contains("\0worker", StringComparison.Ordinal));
    }

    /// <summary>A process's command line, its arguments separated by NUL; empty when it cannot be read.</summary>
    internal static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string? WorkingFolder(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
