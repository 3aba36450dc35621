using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// <c>docanalysis run -</c> as a filter under a pipe, and <c>--shard K/N</c>: the same records as a run over the file,
/// shards that cut a corpus without overlap or loss, and a large stream held in bounded memory.
/// </summary>
public sealed class StreamingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docanalysis-stream-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The seeds and sixty short news-like records, some with a publication date, one unreadable.</summary>
    private string Corpus()
    {
        var lines = new List<string>();
        foreach (var seed in Directory.GetFiles(Repository.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            lines.Add(JsonSerializer.Serialize(new { id = Path.GetFileNameWithoutExtension(seed), text = File.ReadAllText(seed) }));
        }

        for (var i = 0; i < 60; i++)
        {
            var text = $"Police said {i + 2} people were hurt on Monday when about {10 * i} protesters gathered, up from {i} a week earlier.";
            lines.Add(i % 3 == 0
                ? JsonSerializer.Serialize(new { id = $"story-{i}", text, metadata = new { published = "2019-03-0" + ((i % 9) + 1).ToString(CultureInfo.InvariantCulture) } })
                : JsonSerializer.Serialize(new { id = $"story-{i}", text }));
        }

        lines.Add("{\"id\": \"broken\", \"text\": 7}");
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"), lines);
        return "corpus.jsonl";
    }

    [Fact]
    public async Task Records_from_standard_input_equal_a_run_over_the_file()
    {
        var corpus = Corpus();
        var fromFile = await Cli.RunAsync(["run", corpus, "--format", "jsonl", "--parallel", "2"], null, workingDirectory: _folder);
        var fromPipe = await RunWithInputAsync(File.ReadAllBytes(Path.Combine(_folder, corpus)), "run", "-", "--stdin-name", corpus, "--format", "jsonl", "--parallel", "2");

        Assert.Equal(1, fromFile.ExitCode); // the broken record fails alone
        Assert.Equal(fromFile.ExitCode, fromPipe.ExitCode);
        Assert.Equal(63, fromFile.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(fromFile.Out, fromPipe.Out);
    }

    [Fact]
    public async Task Shards_are_disjoint_and_together_the_whole_run_in_input_order()
    {
        var corpus = Corpus();
        var whole = (await Cli.RunAsync(["run", corpus, "--format", "jsonl"], null, workingDirectory: _folder)).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shards = new List<string[]>();
        for (var k = 1; k <= 3; k++)
        {
            var run = await Cli.RunAsync(["run", corpus, "--format", "jsonl", "--shard", $"{k}/3"], null, workingDirectory: _folder);
            shards.Add(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        Assert.All(shards, shard => Assert.NotEmpty(shard));
        var ids = shards.Select(shard => shard.Select(Id).ToHashSet()).ToList();
        Assert.Empty(ids[0].Intersect(ids[1]).Concat(ids[0].Intersect(ids[2])).Concat(ids[1].Intersect(ids[2])));
        var order = whole.Select((line, i) => (Id(line), i)).ToDictionary(x => x.Item1, x => x.i);
        Assert.Equal(whole, shards.SelectMany(s => s).OrderBy(line => order[Id(line)]));

        static string Id(string line) => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Two_hundred_megabytes_through_the_filter_stay_in_bounded_memory()
    {
        // No plugins: what is measured is the host's reading, ordering and writing, which must not hold the stream.
        const int records = 25_000;
        var text = string.Concat(Enumerable.Repeat("The council said 40 people were moved from the flooded streets on Monday. ", 110));
        var start = Cli.StartInfo(["run", "-", "--format", "jsonl", "--no-default-plugins", "--parallel", "4"]);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var peak = 0L;
        var lines = 0;
        var reader = Task.Run(
            async () =>
            {
                while (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is not null)
                {
                    lines++;
                }
            },
            TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var writer = Task.Run(
            async () =>
            {
                var written = 0L;
                for (var i = 0; i < records; i++)
                {
                    var line = $"{{\"id\":\"doc-{i}\",\"text\":\"{text} ({i})\"}}";
                    written += line.Length + 1;
                    await process.StandardInput.WriteLineAsync(line.AsMemory(), TestContext.Current.CancellationToken);
                }

                process.StandardInput.Close();
                return written;
            },
            TestContext.Current.CancellationToken);
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var bytes = await writer;
        await reader;
        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(records, lines);
        Assert.True(bytes > 200_000_000, $"only {bytes:N0} bytes were written");
        Assert.True(peak > 0, "the peak resident memory could not be read from /proc");
        Assert.True(peak < 300L * 1024 * 1024, $"peak resident memory was {peak / 1024 / 1024} MB for {bytes / 1024 / 1024} MB of records");
    }

    /// <summary>VmHWM of /proc/PID/status: the process's peak resident memory so far, in bytes (0 once it has gone).</summary>
    private static long PeakResidentBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private async Task<(int ExitCode, string Out, string Error)> RunWithInputAsync(byte[] input, params string[] arguments)
    {
        var start = Cli.StartInfo(arguments, workingDirectory: _folder);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.BaseStream.WriteAsync(input, TestContext.Current.CancellationToken);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
