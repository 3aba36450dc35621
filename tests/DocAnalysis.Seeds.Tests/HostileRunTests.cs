using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The last ways a run could hang, blow up or leak, each made here: a signal while waiting on standard input, links
/// to <c>.</c> and <c>..</c>, a sidecar with a byte order mark, snapshot files that are folders or links out of their
/// folder, a report that cannot be written, and worker processes that flood the host, leave children behind or take
/// all the memory.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileRunTests : IDisposable
{
    private const string Good = "Officials said on Friday that 12 people were killed.";
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-hostile-run-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signal_while_waiting_on_standard_input_stops_the_run_at_once(string signal, int expected)
    {
        var start = Cli.StartInfo(["run", "-", "--format", "jsonl"]);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = "first", text = Good }));
        await process.StandardInput.FlushAsync(TestContext.Current.CancellationToken);

        // The first record out: the run is under way and now waits for the next line, which never comes.
        var first = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal("first", JsonDocument.Parse(first!).RootElement.GetProperty("id").GetString());
        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill();
            Assert.Fail($"SIGINT/SIGTERM did not stop a run waiting on standard input within 15 s: {await error}");
        }

        Assert.Equal(expected, process.ExitCode);
        Assert.Contains("Cancelled after analysing 1 document", await error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Links_to_dot_and_dot_dot_are_loops_read_once_with_or_without_following_links(bool follow)
    {
        var corpus = _temp.CreateSubdirectory("corpus").FullName;
        Directory.CreateDirectory(Path.Combine(corpus, "sub"));
        File.WriteAllText(Path.Combine(corpus, "a.txt"), Good);
        File.WriteAllText(Path.Combine(corpus, "sub", "b.txt"), Good);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "dot"), ".");
        Directory.CreateSymbolicLink(Path.Combine(corpus, "sub", "up"), "..");

        var (exit, output, error) = await Cli.RunAsync(["run", corpus, "--format", "jsonl", .. follow ? ["--follow-links"] : Array.Empty<string>()], null, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Equal(["a", "dot", "sub/b", "sub/up"], Cli.Records(output).Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("dot: is a link to the folder ., which is read already", error, StringComparison.Ordinal);
        Assert.Contains("sub/up: is a link to the folder .., which is read already", error, StringComparison.Ordinal);
        Assert.DoesNotContain("outside the input folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_that_reads_past_an_array_is_named_with_its_own_file_and_line()
    {
        var corpus = _temp.CreateSubdirectory("index").FullName;
        File.WriteAllText(Path.Combine(corpus, "bug.txt"), "Three words here. [index]");
        var source = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "TestPlugins", "Hostile", "HostileAnalyser.cs"));
        var line = Array.FindIndex(source, l => l.Contains("words[words.Length]", StringComparison.Ordinal)) + 1;

        var (exit, _, error) = await Cli.RunAsync("run", corpus, "--format", "jsonl", "--plugins", Repository.HostilePlugin);

        Assert.Equal(1, exit);
        Assert.Contains($"(an error in its code, at Hostile.HostileAnalyser.Analyse, HostileAnalyser.cs:line {line})", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ThrowHelpers", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_metadata_file_with_a_byte_order_mark_is_read_as_a_text_file_with_one_is()
    {
        var corpus = _temp.CreateSubdirectory("bom").FullName;
        File.WriteAllText(Path.Combine(corpus, "story.txt"), "\ufeffThe minister said on Friday that talks would resume.", new System.Text.UTF8Encoding(true));
        File.WriteAllText(Path.Combine(corpus, "story.meta.json"), """{"published": "2017-04-26"}""", new System.Text.UTF8Encoding(true));

        var (exit, output, error) = await Cli.RunAsync("run", corpus, "--format", "jsonl");

        Assert.True(exit == 0, error);
        var record = Cli.Records(output).Single();
        Assert.Empty(record.GetProperty("diagnostics").EnumerateArray());
        Assert.Contains(record.GetProperty("annotations").EnumerateArray(), a => a.GetProperty("kind").GetString() == "date" && a.GetProperty("value").GetString() == "2017-04-21");
    }

    [Fact]
    public async Task A_verified_file_that_is_a_folder_is_said_by_verify_accept_and_verify_accept()
    {
        var corpus = _temp.CreateSubdirectory("snapshots").FullName;
        File.WriteAllText(Path.Combine(corpus, "story.txt"), Good);
        File.WriteAllText(Path.Combine(corpus, "other.txt"), Good);
        Directory.CreateDirectory(Path.Combine(corpus, "story.verified.txt"));

        var verify = await Cli.RunAsync("verify", corpus, "--reference-date", "2017-04-26");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("story.verified.txt: is a folder, not a snapshot file", verify.Error, StringComparison.Ordinal);
        Assert.Contains("new: other has no snapshot yet", verify.Out, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(corpus, "story.received.txt"), "a rendering\n");
        var accept = await Cli.RunAsync("accept", corpus);
        Assert.Equal(1, accept.ExitCode);
        Assert.Contains("story.verified.txt: is a folder, not a snapshot file; story.received.txt is not accepted", accept.Error, StringComparison.Ordinal);
        Assert.Contains("accepted " + Path.Combine(corpus, "other.verified.txt"), accept.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", accept.Error, StringComparison.Ordinal);

        var verifyAccept = await Cli.RunAsync("verify", corpus, "--accept", "--reference-date", "2017-04-26");
        Assert.Equal(1, verifyAccept.ExitCode);
        Assert.Contains("story.verified.txt: is a folder, not a snapshot file", verifyAccept.Error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(corpus, "story.verified.txt")));
    }

    [Fact]
    public async Task A_verified_file_linked_out_of_its_folder_is_not_read_into_the_diff_or_the_page()
    {
        var secret = Path.Combine(_temp.FullName, "secret.txt");
        File.WriteAllText(secret, "the secret of another folder\n");
        var corpus = _temp.CreateSubdirectory("linked").FullName;
        File.WriteAllText(Path.Combine(corpus, "story.txt"), Good);
        File.CreateSymbolicLink(Path.Combine(corpus, "story.verified.txt"), secret);
        var page = Path.Combine(_temp.FullName, "changes.html");

        var (exit, output, error) = await Cli.RunAsync("verify", corpus, "--report", page);

        Assert.Equal(1, exit);
        Assert.Contains($"story.verified.txt: is a link to {secret}, outside {corpus}; links leaving the snapshot folder are not followed", error, StringComparison.Ordinal);
        Assert.DoesNotContain("the secret", output + error + File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_that_cannot_be_written_is_said_in_words()
    {
        var corpus = _temp.CreateSubdirectory("report").FullName;
        File.WriteAllText(Path.Combine(corpus, "story.txt"), Good);

        var (exit, _, error) = await Cli.RunAsync("verify", corpus, "--report", "/proc/version");

        Assert.Equal(1, exit);
        Assert.Contains("error: cannot write the report to /proc/version", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_worker_writing_without_end_is_stopped_at_a_bound_and_the_host_stays_small(int stream)
    {
        // 300 MB without a line break, on standard output (the protocol) or standard error (the log), then silence.
        var config = Path.Combine(_temp.FullName, $"flood-{stream}.json");
        File.WriteAllText(config, JsonSerializer.Serialize(new
        {
            isolation = "process",
            workerCommand = new[] { "sh", "-c", $"head -c 300000000 /dev/zero | tr '\\0' a >&{stream}; exit 3" },
        }));
        var corpus = _temp.CreateSubdirectory($"flood-{stream}").FullName;
        File.WriteAllText(Path.Combine(corpus, "story.txt"), Good);
        var peak = Path.Combine(_temp.FullName, $"peak-{stream}.txt");

        var (exit, _, error) = await Cli.RunAsync(["run", corpus, "--format", "jsonl", "--config", config], null, TimeSpan.FromSeconds(120), prefix: ["/usr/bin/time", "-o", peak, "-f", "%M"]);

        Assert.True(exit is 1 or 2, $"exit {exit}: {error}");
        Assert.Contains(stream == 1 ? "a line over 16,777,216 bytes" : "the worker process ended before it was ready", error, StringComparison.Ordinal);
        var kilobytes = long.Parse(File.ReadAllLines(peak).Last(), CultureInfo.InvariantCulture);
        Assert.True(kilobytes < 400_000, $"the host peaked at {kilobytes / 1024} MB");
    }

    [Fact]
    public async Task A_worker_that_leaves_a_child_behind_is_not_waited_for_and_the_child_ends_with_it()
    {
        var corpus = _temp.CreateSubdirectory("spawn").FullName;
        File.WriteAllText(Path.Combine(corpus, "a.txt"), Good);
        File.WriteAllText(Path.Combine(corpus, "b.txt"), "It leaves a child. [spawn-exit]");
        File.WriteAllText(Path.Combine(corpus, "c.txt"), Good);

        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await Cli.RunAsync(
            ["run", corpus, "--format", "jsonl", "--isolation", "process", "--plugins", Repository.HostilePlugin, "--parallel", "1"], null, TimeSpan.FromSeconds(120));
        clock.Stop();

        Assert.True(exit == 1, error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed.TotalSeconds:0} s: it waited for the child");
        var b = Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "b");
        Assert.Contains("exited with code 3", b.GetProperty("diagnostics")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, Cli.Records(output).Count);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Process.GetProcesses(), p => IsolationTests.CommandLine(p.Id).Contains("sleep\0" + HostilePlugin.SpawnedSleep, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_worker_over_its_memory_limit_is_ended_and_the_diagnostic_names_memory()
    {
        var corpus = _temp.CreateSubdirectory("memory").FullName;
        File.WriteAllText(Path.Combine(corpus, "greedy.txt"), "It takes all. [memory]");
        File.WriteAllText(Path.Combine(corpus, "modest.txt"), Good);

        var (exit, output, error) = await Cli.RunAsync(
            ["run", corpus, "--format", "jsonl", "--isolation", "process", "--plugins", Repository.HostilePlugin, "--max-worker-memory", "400", "--parallel", "1"], null, TimeSpan.FromSeconds(120));

        Assert.True(exit == 1, error);
        var greedy = Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "greedy");
        var diagnostic = Assert.Single(greedy.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DA0002", diagnostic.GetProperty("id").GetString());
        Assert.Contains("over the limit of 400 MB for a worker (--max-worker-memory)", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "modest").GetProperty("diagnostics").EnumerateArray());
    }

    [Theory]
    [InlineData("12", "--max-worker-memory must be at least 64 (megabytes), or 0 for half of the machine's memory")]
    [InlineData("-5", "--max-worker-memory takes megabytes")]
    [InlineData("lots", "--max-worker-memory takes megabytes")]
    public async Task A_memory_limit_that_is_no_size_is_a_usage_error(string value, string expected)
    {
        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--max-worker-memory", value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    /// <summary>What the hostile plugin's <c>[spawn-exit]</c> leaves behind (the plugin is loaded at run time, not referenced).</summary>
    private static class HostilePlugin
    {
        public const string SpawnedSleep = "303.25";
    }
}
