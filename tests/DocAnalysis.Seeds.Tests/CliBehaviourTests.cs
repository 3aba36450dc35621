using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>The CLI as a new user meets it: signals, help, messages, configuration, snapshots of a corpus.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class CliBehaviourTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-cli-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    public async Task A_signal_mid_run_keeps_every_finished_record_and_leaves_no_temporary_file(string signal, int expected)
    {
        var corpus = _temp.CreateSubdirectory("corpus").FullName;
        foreach (var seed in Directory.GetFiles(Repository.Seeds, "*.txt"))
        {
            for (var i = 0; i < 300; i++)
            {
                File.Copy(seed, Path.Combine(corpus, $"{i:000}-{Path.GetFileName(seed)}"));
            }
        }

        var output = _temp.CreateSubdirectory("out").FullName;
        var results = Path.Combine(output, "results.jsonl");
        using var process = Process.Start(Cli.StartInfo(["run", corpus, "--out", results, "--parallel", "1"]))!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var started = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(output, "*.tmp").Any(f => new FileInfo(f).Length > 0) && started.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.False(process.HasExited, "the run ended before it could be interrupted");
        using (var kill = Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(expected, process.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp"));
        var lines = File.ReadAllLines(results);
        Assert.InRange(lines.Length, 1, 599);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        Assert.Contains("Cancelled after analysing", await error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Many container images run .NET with invariant globalization (no culture data): the shipped plugins give the
    /// same results there, where the date normaliser once failed on every document.
    /// </summary>
    [Fact]
    public async Task Invariant_globalization_gives_the_same_results()
    {
        var usual = await Cli.RunAsync("run", Repository.Seeds, "--format", "jsonl", "--reference-date", "2019-06-01");
        var invariant = await Cli.RunAsync(
            ["run", Repository.Seeds, "--format", "jsonl", "--reference-date", "2019-06-01"], new Dictionary<string, string?> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });

        Assert.Equal(0, usual.ExitCode);
        Assert.Contains("\"date\"", usual.Out, StringComparison.Ordinal);
        Assert.Equal((usual.ExitCode, usual.Out, WithoutTime(usual.Error)), (invariant.ExitCode, invariant.Out, WithoutTime(invariant.Error)));

        // The summary says how long the run took, which differs from run to run.
        static string WithoutTime(string error) => TimeTaken().Replace(error, " in (time):");
    }

    [Fact]
    public async Task The_plugins_table_fits_a_100_column_terminal_and_wide_shows_every_folder()
    {
        var narrow = await Cli.RunAsync(["plugins", "--plugins", Path.Combine(Repository.TestPlugins, "Capitals")], new Dictionary<string, string?> { ["COLUMNS"] = "100" });
        var wide = await Cli.RunAsync(["plugins", "--wide"], new Dictionary<string, string?> { ["COLUMNS"] = "400" });

        Assert.Equal((0, 0), (narrow.ExitCode, wide.ExitCode));
        var lines = narrow.Out.Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 100, l));
        Assert.Contains(lines, l => l.Contains("attribution-finder 0.", StringComparison.Ordinal) && l.Contains("shipped", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("capitals 1.0.0", StringComparison.Ordinal) && l.Contains("Capitals", StringComparison.Ordinal));
        Assert.Contains(Path.Combine("plugins", "AttributionFinder"), wide.Out, StringComparison.Ordinal);
        Assert.Contains("Attribution finder", wide.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_is_found_in_a_parent_folder_up_to_the_repository_root_and_no_higher()
    {
        var outside = _temp.CreateSubdirectory("outside").FullName;
        var repository = Directory.CreateDirectory(Path.Combine(outside, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var deep = Directory.CreateDirectory(Path.Combine(repository, "src", "deep")).FullName;
        File.WriteAllText(Path.Combine(outside, "docanalysis.json"), """{ "disabled": ["date-normaliser", "number-reconciler"] }""");

        var (aboveExit, aboveOut, _) = await Cli.RunAsync(["run", Repository.Seeds, "--format", "jsonl"], null, workingDirectory: deep);
        File.WriteAllText(Path.Combine(repository, "docanalysis.json"), """{ "disabled": ["number-reconciler"] }""");
        var (exit, output, error) = await Cli.RunAsync(["run", Repository.Seeds, "--format", "jsonl"], null, workingDirectory: deep);

        Assert.Equal((0, 0), (aboveExit, exit));
        Assert.Contains("\"kind\":\"date\"", aboveOut, StringComparison.Ordinal); // the file above the repository is not read
        Assert.Contains("\"kind\":\"date\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\":\"quantity\"", output, StringComparison.Ordinal); // the repository's is
        Assert.True(exit == 0, error);
    }

    /// <summary>
    /// The configuration's schema lists what a run accepts: every setting of the engine (its JSON names, as
    /// <c>EngineOptions.SettingNames</c> checks a file against) with a description (a new setting missing from it
    /// fails here), and a file naming it with $schema runs.
    /// </summary>
    [Fact]
    public async Task The_configuration_schema_lists_every_engine_setting_and_a_file_that_names_it_runs()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "src", "DocAnalysis.Cli", "docanalysis.schema.json")));
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var settings = typeof(DocAnalysis.Host.EngineOptions).GetProperties()
            .Where(p => p.CanWrite && p.Name is not ("Configuration" or "LoggerFactory" or "PluginPackages")) // packages: objects among "plugins"
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Append("analysers");
        var folder = _temp.CreateSubdirectory("schema").FullName;
        File.WriteAllText(Path.Combine(folder, "docanalysis.json"), """{ "$schema": "./docanalysis.schema.json", "only": ["date-normaliser"] }""");

        var (exit, output, error) = await Cli.RunAsync(["run", Repository.Seeds, "--format", "jsonl"], null, workingDirectory: folder);

        Assert.Equal(settings.Order(StringComparer.Ordinal), DocAnalysis.Host.EngineOptions.SettingNames.Order(StringComparer.Ordinal));
        Assert.Equal([.. settings.Append("$schema").Order(StringComparer.Ordinal)], properties.Keys.Order(StringComparer.Ordinal));
        Assert.All(properties.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("\"kind\":\"quantity\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120, 0, 1180, 4.0, "Analysing: 120 of 1,180 documents (30/s, about 35.3 s left)")]
    [InlineData(7, 2, null, 2.0, "Analysing: 7 documents done (3.5/s), 2 with problems")]
    [InlineData(1, 0, 2, 0.2, "Analysing: 1 of 2 documents")]
    public void The_live_count_gives_the_total_and_the_rate_when_they_are_known(int done, int failed, int? total, double seconds, string expected) =>
        Assert.Equal(expected, DocAnalysis.Cli.RunSummary.Progress(done, failed, total, TimeSpan.FromSeconds(seconds)));

    [Fact]
    public async Task The_summary_goes_to_standard_error_whatever_it_is()
    {
        var (exit, _, error) = await Cli.RunAsync("run", Repository.Seeds, "--format", "jsonl", "--reference-date", "2019-06-01");

        Assert.Equal(0, exit);
        Assert.Matches(@"(?m)^Analysed 2 documents in [^:]+: .*\. No problems\.$", error);
    }

    [Fact]
    public async Task No_arguments_shows_help()
    {
        var (exit, output, _) = await Cli.RunAsync();

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains("run", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_formats_in_lower_case_and_plugins_offers_no_timeout()
    {
        var run = await Cli.RunAsync("run", "--help");
        var plugins = await Cli.RunAsync("plugins", "--help");

        Assert.Contains("text|json|jsonl", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Json|Jsonl|Text", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("--timeout", plugins.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_options_and_bad_values_are_named_without_type_names()
    {
        var bogus = await Cli.RunAsync("run", "seeds", "--bogus");
        var format = await Cli.RunAsync("run", "seeds", "--format", "xml");
        var parallel = await Cli.RunAsync("run", "seeds", "--parallel", "many");

        var typo = await Cli.RunAsync("run", "seeds", "--paralel", "2");
        var verifyTypo = await Cli.RunAsync("verify", "seeds", "--isolaton", "process");

        Assert.Equal(2, bogus.ExitCode);
        Assert.Contains("unknown option '--bogus'", bogus.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", bogus.Error, StringComparison.Ordinal);
        Assert.Equal((2, 2), (typo.ExitCode, verifyTypo.ExitCode));
        Assert.Contains("unknown option '--paralel' (did you mean '--parallel'?)", typo.Error, StringComparison.Ordinal);
        Assert.Contains("unknown option '--isolaton' (did you mean '--isolation'?)", verifyTypo.Error, StringComparison.Ordinal);
        Assert.Equal(2, format.ExitCode);
        Assert.Equal(2, parallel.ExitCode);
        foreach (var error in new[] { bogus.Error, format.Error, parallel.Error })
        {
            Assert.DoesNotContain("DocAnalysis.Cli", error, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_list_of_problems_prints_one_problem_a_line_and_a_name_with_a_line_break_stays_on_its_line()
    {
        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--disable", "credit-line-stripper");
        var (missingExit, _, missing) = await Cli.RunAsync("run", "seeds", "--plugins", "/no/such\nplugins");

        Assert.Equal((2, 2), (exit, missingExit));
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: the plugin set cannot run:", lines[0]);
        Assert.Equal(3, lines.Count(l => l.StartsWith("  - '", StringComparison.Ordinal) && l.Contains("requires 'clean'", StringComparison.Ordinal)));
        Assert.DoesNotContain("\\n", error, StringComparison.Ordinal);
        Assert.Contains(missing.Split('\n'), l => l.StartsWith("  - /no/such\\nplugins: the plugin path", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_characters_in_file_names_are_escaped_on_the_terminal()
    {
        var corpus = _temp.CreateSubdirectory("names").FullName;
        File.WriteAllBytes(Path.Combine(corpus, "evil\u001b[31m.txt"), []);

        var (exit, _, error) = await Cli.RunAsync("run", corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("\u001b[31m", error, StringComparison.Ordinal);
        Assert.Contains("evil\\u001B[31m.txt", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A setting out of its limits gets the same words from the engine's one check whether a flag or the file set it,
    /// named by what set it; the flag wins over the file.
    /// </summary>
    [Fact]
    public async Task A_setting_out_of_range_is_named_by_the_flag_or_the_file_that_set_it()
    {
        var file = Config("slow.json", """{ "timeoutSeconds": 0 }""");

        var (fileExit, _, fileError) = await Cli.RunAsync("run", "seeds", "--config", file);
        var (flagExit, _, flagError) = await Cli.RunAsync("run", "seeds", "--timeout", "0");
        var (overExit, _, overError) = await Cli.RunAsync("run", "seeds", "--config", file, "--timeout", "5", "--parallel", "1");

        Assert.Equal((2, 2, 0), (fileExit, flagExit, overExit));
        Assert.Contains($"the configuration file '{file}': timeoutSeconds must be a number of seconds above 0 and at most 86400 (a day), not 0", fileError, StringComparison.Ordinal);
        Assert.Contains("error: --timeout must be a number of seconds above 0 and at most 86400 (a day), not 0", flagError, StringComparison.Ordinal);
        Assert.True(overExit == 0, overError);
    }

    [Fact]
    public async Task Configuration_typos_bad_json_and_unknown_ids_are_usage_errors_that_say_where()
    {
        var typo = Config("typo.json", """{ "paralel": 2 }""");
        var broken = Config("broken.json", "{\n  \"parallel\": 2,\n  \"order\": [\n}");
        var order = Config("order.json", """{ "order": ["no-such-analyser"] }""");
        var options = Config("options.json", """{ "analysers": { "no-such-analyser": { "x": 1 } } }""");

        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--config", typo);
        Assert.Equal(2, exit);
        Assert.Contains("unknown setting 'paralel' (did you mean 'parallel'?", error, StringComparison.Ordinal);

        (exit, _, error) = await Cli.RunAsync("run", "seeds", "--config", broken);
        Assert.Equal(2, exit);
        Assert.Contains("at line 4, column 1", error, StringComparison.Ordinal);

        (exit, _, error) = await Cli.RunAsync("run", "seeds", "--config", order);
        Assert.Equal(2, exit);
        Assert.Contains("'order' names 'no-such-analyser'", error, StringComparison.Ordinal);

        (exit, _, error) = await Cli.RunAsync("run", "seeds", "--config", options);
        Assert.Equal(2, exit);
        Assert.Contains("'analysers' has options for 'no-such-analyser'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_project_folder_loads_its_newest_build_output_or_says_to_build_it()
    {
        var project = _temp.CreateSubdirectory("Capitals").FullName;
        File.WriteAllText(Path.Combine(project, "Capitals.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var (unbuilt, _, unbuiltError) = await Cli.RunAsync("run", Repository.Seeds, "--plugins", project);
        var output = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net10.0")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.TestPlugins, "Capitals")))
        {
            File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
        }

        var (built, listing, error) = await Cli.RunAsync("plugins", "--plugins", project);

        Assert.Equal(2, unbuilt);
        Assert.Contains("is the project folder of Capitals.csproj with no build output under bin/: run 'dotnet build", unbuiltError, StringComparison.Ordinal);
        Assert.True(built == 0, error);
        Assert.Contains("capitals", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugins_named_by_a_configuration_found_in_the_current_folder_are_announced()
    {
        var folder = _temp.CreateSubdirectory("untrusted").FullName;
        File.WriteAllText(Path.Combine(folder, "docanalysis.json"), $$"""{ "plugins": ["{{Path.Combine(Repository.TestPlugins, "Capitals")}}"] }""");

        var (exit, _, error) = await Cli.RunAsync(["run", Repository.Seeds, "--format", "jsonl"], null, workingDirectory: folder);

        Assert.True(exit == 0, error);
        Assert.Contains("note: docanalysis.json in the current folder loads plugins from", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_tests_does_not_leak_into_verify_and_a_folder_verifies_the_same_under_any_spelling()
    {
        var corpus = _temp.CreateSubdirectory("corpus").FullName;
        File.Copy(Path.Combine(Repository.Seeds, "002_cf69e7b52cfd4b78.txt"), Path.Combine(corpus, "story.txt"));
        var accept = new Dictionary<string, string?> { ["DOCANALYSIS_ACCEPT"] = "1", ["CI"] = null };

        var first = await Cli.RunAsync(["verify", corpus], accept);
        Assert.Equal(1, first.ExitCode);
        Assert.False(File.Exists(Path.Combine(corpus, "story.verified.txt")));
        Assert.Contains("new: story has no snapshot yet", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCANALYSIS_ACCEPT", first.Out, StringComparison.Ordinal);
        Assert.Contains("docanalysis accept", first.Out, StringComparison.Ordinal);

        var accepted = await Cli.RunAsync("verify", corpus, "--accept");
        Assert.Equal(0, accepted.ExitCode);

        var relative = Path.GetRelativePath(_temp.FullName, corpus);
        var again = await Cli.RunAsync(["verify", relative + "/"], null, workingDirectory: _temp.FullName);
        Assert.True(again.ExitCode == 0, again.Out + again.Error);
        Assert.Contains("1 snapshot(s) match, 0 differ, 0 new", again.Out, StringComparison.Ordinal);
    }

    private string Config(string name, string json)
    {
        var path = Path.Combine(_temp.FullName, name);
        File.WriteAllText(path, json);
        return path;
    }

    [GeneratedRegex(@" in [0-9.,]+ ?(?:ms|s|min|h)[^:]*:")]
    private static partial Regex TimeTaken();
}
