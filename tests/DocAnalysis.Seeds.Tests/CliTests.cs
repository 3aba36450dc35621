using System.Text;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>The docanalysis command end to end: plugins found at runtime, exit codes, per-file errors, snapshots of a user's corpus.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-cli-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task Plugins_lists_the_four_shipped_analysers_in_order_with_what_they_need()
    {
        var (exit, output, _) = await Cli.RunAsync("plugins");

        Assert.Equal(0, exit);
        Assert.Contains("4 plugins, 4 analysers in order: credit-line-stripper → attribution-finder → date-normaliser → number-reconciler", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_writes_one_json_record_per_seed_whose_spans_point_at_the_original_text()
    {
        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--format", "jsonl");

        Assert.True(exit == 0, error);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["000_84e80f0de9e2c5de", "002_cf69e7b52cfd4b78"], records.Select(r => r.GetProperty("id").GetString()));
        foreach (var record in records)
        {
            var original = File.ReadAllText(Path.Combine(Repository.Seeds, record.GetProperty("id").GetString() + ".txt"));
            Assert.True(record.GetProperty("views").TryGetProperty("clean", out _));
            foreach (var annotation in record.GetProperty("annotations").EnumerateArray())
            {
                var (start, end) = (annotation.GetProperty("start").GetInt32(), annotation.GetProperty("end").GetInt32());
                Assert.Equal(original[start..end], annotation.GetProperty("text").GetString());
            }
        }

        Assert.Contains(records.SelectMany(r => r.GetProperty("annotations").EnumerateArray()), a => a.GetProperty("kind").GetString() == "date");
    }

    [Fact]
    public async Task A_folder_with_bad_files_reports_each_and_still_writes_the_good_ones()
    {
        var corpus = _temp.CreateSubdirectory("corpus").FullName;
        File.Copy(Path.Combine(Repository.Seeds, "002_cf69e7b52cfd4b78.txt"), Path.Combine(corpus, "good.txt"));
        File.WriteAllBytes(Path.Combine(corpus, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02]);
        File.WriteAllBytes(Path.Combine(corpus, "latin1.txt"), Encoding.Latin1.GetBytes("Café au lait"));
        var output = Path.Combine(_temp.FullName, "out");

        var (exit, _, error) = await Cli.RunAsync("run", corpus, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: the file is empty", error, StringComparison.Ordinal);
        Assert.Contains("binary.txt: binary content", error, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: invalid UTF-8", error, StringComparison.Ordinal);
        using var good = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "good.json")));
        Assert.NotEmpty(good.RootElement.GetProperty("annotations").EnumerateArray());
        Assert.Empty(good.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(4, Directory.GetFiles(output, "*.json").Length);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public async Task Without_the_stripper_the_others_refuse_to_run_naming_the_missing_view()
    {
        var plugins = _temp.CreateSubdirectory("plugins").FullName;
        foreach (var folder in Directory.GetDirectories(Repository.Plugins).Where(f => !f.EndsWith("CreditLineStripper", StringComparison.Ordinal)))
        {
            CopyFolder(folder, Path.Combine(plugins, Path.GetFileName(folder)));
        }

        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--no-default-plugins", "--plugins", plugins);

        Assert.Equal(2, exit);
        Assert.Contains("'date-normaliser' requires 'clean', which no loaded analyser provides", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_attribution_finder_the_other_three_still_run()
    {
        var plugins = _temp.CreateSubdirectory("plugins").FullName;
        foreach (var folder in Directory.GetDirectories(Repository.Plugins).Where(f => !f.EndsWith("AttributionFinder", StringComparison.Ordinal)))
        {
            CopyFolder(folder, Path.Combine(plugins, Path.GetFileName(folder)));
        }

        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--no-default-plugins", "--plugins", plugins, "--format", "jsonl");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("\"kind\":\"attribution\"", output, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"quantity\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_build_output_loads_beside_the_shipped_plugins()
    {
        // A build output: the plugin's assembly beside its .deps.json, in a folder not named after it.
        var output = _temp.CreateSubdirectory("bin").CreateSubdirectory("net10.0").FullName;
        CopyFolder(Path.Combine(Repository.TestPlugins, "Capitals"), output);

        var (exit, listing, error) = await Cli.RunAsync("plugins", "--plugins", output);

        Assert.True(exit == 0, error);
        var flat = listing.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal);
        Assert.Contains("5 plugins, 5 analysers in order: credit-line-stripper → ", flat, StringComparison.Ordinal);
        Assert.Contains("capitals", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_dll_runs_with_the_shipped_plugins_and_its_spans_point_at_the_original_text()
    {
        var (exit, output, error) = await Cli.RunAsync("run", "seeds", "--plugins", Path.Combine(Repository.TestPlugins, "Capitals", "Capitals.dll"), "--format", "jsonl");

        Assert.True(exit == 0, error);
        var capitals = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .SelectMany(r => r.GetProperty("annotations").EnumerateArray().Select(a => (Id: r.GetProperty("id").GetString()!, Annotation: a)))
            .Where(x => x.Annotation.GetProperty("kind").GetString() == "capitals")
            .ToList();
        Assert.NotEmpty(capitals);
        foreach (var (id, annotation) in capitals)
        {
            var original = File.ReadAllText(Path.Combine(Repository.Seeds, id + ".txt"));
            var (start, end) = (annotation.GetProperty("start").GetInt32(), annotation.GetProperty("end").GetInt32());
            Assert.Equal(original[start..end], annotation.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task A_plugin_path_without_a_plugin_fails_with_2_naming_the_path()
    {
        var empty = _temp.CreateSubdirectory("nothing-here").FullName;

        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--plugins", empty);

        Assert.Equal(2, exit);
        Assert.Contains($"no plugin found in '{empty}'", error.ReplaceLineEndings(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_then_accept_then_verify_again()
    {
        var corpus = _temp.CreateSubdirectory("corpus").FullName;
        File.Copy(Path.Combine(Repository.Seeds, "002_cf69e7b52cfd4b78.txt"), Path.Combine(corpus, "story.txt"));

        var first = await Cli.RunAsync("verify", corpus);
        Assert.Equal(1, first.ExitCode);
        Assert.True(File.Exists(Path.Combine(corpus, "story.received.txt")));
        Assert.Contains("new: story has no snapshot yet", first.Out, StringComparison.Ordinal);

        var accept = await Cli.RunAsync("accept", corpus);
        Assert.Equal(0, accept.ExitCode);
        Assert.True(File.Exists(Path.Combine(corpus, "story.verified.txt")));

        var second = await Cli.RunAsync("verify", corpus);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 snapshot(s) match, 0 differ", second.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(corpus, "story.received.txt")));
    }

    [Fact]
    public async Task Bad_usage_exits_with_2()
    {
        Assert.Equal(2, (await Cli.RunAsync("run", "no-such-folder")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--format", "json")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--reference-date", "yesterday")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("frobnicate")).ExitCode);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
