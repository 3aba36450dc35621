using System.Diagnostics;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// Where results go, and what may not get in their way: a device or a FIFO is written as a stream and never replaced,
/// standard output by any of its names, a file held by one run only, an output that cannot be written refused in words
/// before any analysis, and an in-process plugin that prints or ends the process neither mixes into the records nor
/// ends the run without a word.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputTargetTests : IDisposable
{
    private const string Good = "Officials said on Friday that 12 people were killed.";
    private static readonly string[] AsNobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"];
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-targets-");

    public OutputTargetTests() => File.SetUnixFileMode(_temp.FullName, (UnixFileMode)0b111_101_101);

    public void Dispose()
    {
        foreach (var folder in Directory.EnumerateDirectories(_temp.FullName, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        }

        _temp.Delete(recursive: true);
    }

    [Fact]
    public async Task A_device_is_written_to_and_stays_a_device()
    {
        // A device node of our own with the null device's numbers: what --out /dev/null once did to the machine is
        // shown without risking the machine's own.
        var device = Device("null", "3");

        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--out", device, "--format", "jsonl");

        Assert.True(exit == 0, error);
        Assert.Empty(output);
        Assert.Equal("character special file", Run("stat", "-c", "%F", device));
    }

    [Fact]
    public async Task A_fifo_is_written_to_as_a_stream_and_its_reader_gets_every_record()
    {
        var fifo = Path.Combine(_temp.FullName, "results");
        Run("mkfifo", fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--out", fifo, "--format", "jsonl");

        Assert.True(exit == 0, error);
        var records = (await reader.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, records.Length);
        Assert.Equal("fifo", Run("stat", "-c", "%F", fifo));
    }

    /// <summary>
    /// <c>/dev/stdout</c> itself is tried as 'nobody' below, who cannot replace it; as root a regression would rename
    /// a file over the machine's own, so root tries the names that cannot be replaced.
    /// </summary>
    [Theory]
    [InlineData("-")]
    [InlineData("/dev/fd/1")]
    [InlineData("/proc/self/fd/1")]
    public async Task Standard_output_by_its_names_streams_the_records(string name)
    {
        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--out", name, "--format", "jsonl");

        Assert.True(exit == 0, error);
        Assert.Equal(2, Cli.Records(output).Count);
    }

    [Fact]
    public async Task Standard_output_of_another_user_is_written_by_its_descriptor_not_opened_by_name()
    {
        // The test's pipe belongs to root: as 'nobody', opening /dev/stdout by name is refused; the descriptor is not.
        var (exit, output, error) = await Cli.RunAsync(
            ["run", Repository.Seeds, "--out", "/dev/stdout", "--format", "jsonl"], Home(), prefix: Environment.UserName == "root" ? AsNobody : null);

        Assert.True(exit == 0, error);
        Assert.Equal(2, Cli.Records(output).Count);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_refused_in_words_before_any_analysis()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_temp.FullName, "locked")).FullName;
        File.SetUnixFileMode(locked, (UnixFileMode)0b101_101_101);
        var asUser = Environment.UserName == "root" ? AsNobody : null;

        foreach (var (target, format) in new[] { (Path.Combine(locked, "results.jsonl"), "jsonl"), (Path.Combine(locked, "report"), "html"), (Path.Combine(locked, "json"), "json") })
        {
            var (exit, output, error) = await Cli.RunAsync(["run", Repository.Seeds, "--out", target, "--format", format], Home(), prefix: asUser);

            Assert.True(exit == 2, $"exit {exit}: {error}");
            Assert.Empty(output);
            Assert.Contains($"error: cannot write the results to {target}: permission denied", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_second_run_writing_the_same_file_is_refused_and_the_first_keeps_its_records()
    {
        var target = Path.Combine(_temp.FullName, "results.jsonl");
        // The first run holds the file while it waits for more records on standard input.
        var start = Cli.StartInfo(["run", "-", "--out", target]);
        start.RedirectStandardInput = true;
        using var first = Process.Start(start)!;
        var firstError = first.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await first.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id = "first", text = Good }));
        await first.StandardInput.FlushAsync(TestContext.Current.CancellationToken);
        await WaitUntil(() => Directory.EnumerateFiles(_temp.FullName, ".*docanalysis-lock").Any());

        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--out", target);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"another run is writing its results to {target}", error, StringComparison.Ordinal);

        first.StandardInput.Close();
        await first.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(first.ExitCode == 0, await firstError);
        Assert.Equal(["first"], File.ReadAllLines(target).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
        Assert.Equal(["results.jsonl"], Directory.EnumerateFileSystemEntries(_temp.FullName).Select(Path.GetFileName));
    }

    [Fact]
    public async Task What_an_in_process_plugin_prints_goes_to_standard_error_never_among_the_records()
    {
        var corpus = Corpus(("printer", "It prints. [print]"), ("quiet", Good));

        var (exit, output, error) = await Cli.RunAsync("run", corpus, "--format", "jsonl", "--plugins", Repository.HostilePlugin);

        Assert.True(exit == 0, error);
        Assert.Equal(["printer", "quiet"], Cli.Records(output).Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("hostile: printed by the plugin", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_in_process_plugin_that_ends_the_process_is_reported_and_the_output_file_keeps_its_content()
    {
        var corpus = Corpus(("a", Good), ("b", "It leaves. [exit-zero]"), ("c", Good));
        var target = Path.Combine(_temp.FullName, "results.jsonl");
        File.WriteAllText(target, "earlier\n");

        var (exit, output, error) = await Cli.RunAsync("run", corpus, "--out", target, "--plugins", Repository.HostilePlugin, "--parallel", "1");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("error: analyser 'hostile' on b ended the process (exit code 0)", error, StringComparison.Ordinal);
        Assert.Contains("--isolation process", error, StringComparison.Ordinal);
        Assert.Equal("earlier\n", File.ReadAllText(target));
        Assert.Equal(["results.jsonl"], Directory.EnumerateFileSystemEntries(_temp.FullName).Where(f => !Directory.Exists(f)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_field_that_is_half_a_character_fails_its_analyser_in_words_instead_of_becoming_a_replacement_character()
    {
        var corpus = Corpus(("half", "Half a character. [lone-surrogate]"), ("whole", Good));

        var (exit, output, error) = await Cli.RunAsync("run", corpus, "--format", "jsonl", "--plugins", Repository.HostilePlugin);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("\ufffd", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uFFFD", output, StringComparison.OrdinalIgnoreCase);
        var half = Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "half");
        var diagnostic = Assert.Single(half.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DA0001", diagnostic.GetProperty("id").GetString());
        Assert.Contains("The 'hostile-checked' field 'note' holds a lone surrogate (half of a character), which is no text: 'half \\uD800 a character'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("holds a lone surrogate", error, StringComparison.Ordinal);
        Assert.Contains(Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "whole").GetProperty("annotations").EnumerateArray(), a => a.GetProperty("kind").GetString() == "hostile-checked");
    }

    [Fact]
    public async Task Running_out_of_memory_is_said_in_words_not_as_the_runtimes_type()
    {
        var corpus = Corpus(("greedy", "It wants more. [out-of-memory]"));

        var (exit, output, _) = await Cli.RunAsync("run", corpus, "--format", "jsonl", "--plugins", Repository.HostilePlugin);

        Assert.Equal(1, exit);
        var message = Cli.Records(output).Single().GetProperty("diagnostics")[0].GetProperty("message").GetString()!;
        Assert.Contains("analyser 'hostile' failed on greedy: it ran out of memory", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_error_on_a_full_device_stops_the_run_and_the_summary_says_so()
    {
        // A device of our own with /dev/full's numbers: every write fails with "no space left on device".
        var full = Device("full", "7");

        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--out", full, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Contains($"error: cannot write the results to {full}", error, StringComparison.Ordinal);
        Assert.Contains("The results could not be written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("No problems", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Escape_sequences_in_names_and_text_do_not_reach_a_terminal(bool named)
    {
        // A window title and a screen clear, in a file name and in the text; the text rendering goes to a terminal:
        // standard output, or the terminal named by --out /dev/tty.
        var corpus = Corpus(("title\u001b]0;pwned\u0007", "Officials said \u001b[2J\u001b]0;pwned\u0007 that 12 people were killed."));
        var command = string.Join(' ', new[] { "dotnet", Repository.Cli, "run", corpus }.Concat(named ? ["--out", "/dev/tty"] : []).Select(a => $"'{a}'"));

        var transcript = Run("script", "-qec", command, "/dev/null");

        Assert.DoesNotContain("\u001b]0;pwned", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", transcript, StringComparison.Ordinal);
        Assert.Contains("\\u001B]0;pwned\\u0007", transcript, StringComparison.Ordinal);
        Assert.Contains("Officials said \\u001B[2J", transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// A character device node with major number 1 (memory devices) in the test's folder, as root; else the machine's
    /// own, which only root could replace.
    /// </summary>
    private string Device(string name, string minor)
    {
        if (Environment.UserName != "root")
        {
            return "/dev/" + name;
        }

        var device = Path.Combine(_temp.FullName, name);
        Run("mknod", "-m", "666", device, "c", "1", minor);
        return device;
    }

    private Dictionary<string, string?> Home() => new() { ["DOTNET_CLI_HOME"] = _temp.FullName, ["HOME"] = _temp.FullName };

    private string Corpus(params (string Name, string Text)[] documents)
    {
        var corpus = Directory.CreateDirectory(Path.Combine(_temp.FullName, "corpus-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var (name, text) in documents)
        {
            File.WriteAllText(Path.Combine(corpus, name + ".txt"), text);
        }

        return corpus;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the first run never took its lock");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Runs a system command and returns its standard output, trimmed; it must succeed.</summary>
    private static string Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), $"{command} did not end");
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)}: {error}");
        return output.Trim();
    }
}
