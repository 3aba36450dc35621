using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// Input a careless or hostile user feeds the real CLI, generated here: every case ends with diagnostics on the bad
/// documents, the good documents' results, and exit 0 or 1; never a crash (134) and never a hang (each run is bounded).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests : IDisposable
{
    private const string Good = "Officials said on Friday that 12 people were killed.";
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-hostile-");

    public HostileInputTests() => File.SetUnixFileMode(_temp.FullName, (UnixFileMode)0b111_101_101);

    public void Dispose()
    {
        foreach (var folder in Directory.EnumerateDirectories(_temp.FullName, "*", SearchOption.AllDirectories))
        {
            if (new DirectoryInfo(folder).LinkTarget is null)
            {
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
            }
        }

        _temp.Delete(recursive: true);
    }

    [Fact]
    public async Task A_link_loop_and_a_self_link_are_read_once_and_reported()
    {
        var corpus = Folder("loop");
        Write(corpus, "good.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "again"), corpus);
        Directory.CreateDirectory(Path.Combine(corpus, "sub"));
        Write(corpus, "sub/inner.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "sub", "up"), Path.Combine(corpus, "sub"));

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Equal(["again", "good", "sub/inner", "sub/up"], Cli.Records(output).Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("again: is a link to the folder", error, StringComparison.Ordinal);
        Assert.Contains("which is read already", error, StringComparison.Ordinal);
        Assert.Empty(Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "good").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_pipe_is_refused_before_reading_as_a_document_and_as_a_sidecar()
    {
        var corpus = Folder("pipes");
        Write(corpus, "good.txt", Good);
        Write(corpus, "piped.txt", Good);
        MakeFifo(Path.Combine(corpus, "a.txt"));
        MakeFifo(Path.Combine(corpus, "piped.meta.json"));
        MakeFifo(Path.Combine(corpus, "stream.jsonl"));

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Contains("a.txt: the file is empty, or is not a regular file", error, StringComparison.Ordinal);
        Assert.Contains("piped.meta.json: the metadata file is empty, or is not a regular file", error, StringComparison.Ordinal);
        Assert.Contains("stream.jsonl: the file is empty, or is not a regular file", error, StringComparison.Ordinal);
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_not_followed_out_of_the_folder_and_not_read_when_asked()
    {
        var corpus = Folder("zero");
        Write(corpus, "good.txt", Good);
        File.CreateSymbolicLink(Path.Combine(corpus, "a.txt"), "/dev/zero");

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");
        Assert.Equal(1, exit);
        Assert.Contains("a.txt: is a link to /dev/zero, outside the input folder; links leaving the input folder are not followed", error, StringComparison.Ordinal);
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());

        (exit, output, error) = await Run(corpus, "--format", "jsonl", "--follow-links");
        Assert.Equal(1, exit);
        Assert.Contains("a.txt: the file is empty, or is not a regular file", error, StringComparison.Ordinal);
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Bad_metadata_and_bad_escapes_fail_their_own_record()
    {
        var corpus = Folder("metadata");
        Write(corpus, "good.txt", Good);
        Write(corpus, "cultured.txt", Good);
        Write(corpus, "cultured.meta.json", """{"culture": 5}""");
        Write(corpus, "batch.jsonl", string.Join('\n',
            """{"id": "surrogate", "text": "broken \ud800 text"}""",
            """{"id": "culture", "text": "Some text.", "metadata": {"culture": 5}}""",
            """{"id": "name", "text": "Some text.", "metadata": {"\udc00": 1}}""",
            """{"id": "fine", "text": "Officials said on Friday that 12 people were killed."}""") + "\n");

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Contains("cultured.meta.json: \"culture\" is 5, not a language tag", error, StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:1: \"text\" holds an escape that is no text", error, StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:2: \"culture\" is 5", error, StringComparison.Ordinal);
        Assert.Contains("batch.jsonl:3: a metadata field name holds an escape that is no text", error, StringComparison.Ordinal);
        var records = Cli.Records(output);
        Assert.Empty(records.Single(r => r.GetProperty("id").GetString() == "fine").GetProperty("diagnostics").EnumerateArray());
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31")]
    public async Task A_publication_date_at_the_ends_of_the_calendar_is_no_anchor_and_no_failure(string published)
    {
        var corpus = Folder("calendar");
        Write(corpus, "story.txt", "The minister said on Friday that talks would resume next week.");
        Write(corpus, "story.meta.json", $$"""{"published": "{{published}}"}""");

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.True(exit == 0, error);
        Assert.Contains(Cli.Records(output).Single().GetProperty("annotations").EnumerateArray(), a => a.GetProperty("kind").GetString() == "date");
    }

    [Fact]
    public async Task Ids_that_collide_or_make_no_safe_file_name_fail_alone_and_the_rest_is_written()
    {
        var corpus = Folder("ids");
        var records = new[] { "a/b", "a/./b", "a//b", "../escape", "nul\u0000id", new string('x', 300), "fine" }
            .Select(id => JsonSerializer.Serialize(new { id, text = Good }));
        Write(corpus, "batch.jsonl", string.Join('\n', records) + "\n");
        var output = Path.Combine(_temp.FullName, "out");

        var (exit, _, error) = await Run(corpus, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("'a/./b' would be written to the same file as the earlier document 'a/b'", error, StringComparison.Ordinal);
        Assert.Contains("'a//b' would be written to the same file", error, StringComparison.Ordinal);
        Assert.Contains("'../escape' would be written outside", error, StringComparison.Ordinal);
        Assert.Contains("holds control characters", error, StringComparison.Ordinal);
        Assert.Contains("longer than the file system allows", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "a", "b.json")));
        Assert.True(File.Exists(Path.Combine(output, "fine.json")));
        Assert.False(File.Exists(Path.Combine(_temp.FullName, "escape.json")));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Output_is_never_written_through_a_link_inside_the_output_folder()
    {
        var corpus = Folder("through");
        Write(corpus, "sub/a.txt", Good);
        Write(corpus, "b.txt", Good);
        var output = Folder("out");
        var elsewhere = Folder("elsewhere");
        Directory.CreateSymbolicLink(Path.Combine(output, "sub"), elsewhere);

        var (exit, _, error) = await Run(corpus, "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("would be written through the link", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(elsewhere));
        Assert.True(File.Exists(Path.Combine(output, "b.json")));
    }

    [Fact]
    public async Task A_sidecar_that_cannot_be_read_fails_its_document()
    {
        var corpus = Folder("sidecar");
        Write(corpus, "good.txt", Good);
        Write(corpus, "odd.txt", Good);
        Directory.CreateDirectory(Path.Combine(corpus, "odd.meta.json"));

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Contains("odd.meta.json: is a folder, not a metadata file", error, StringComparison.Ordinal);
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Unreadable_files_and_folders_fail_alone_for_a_user_without_rights()
    {
        var corpus = Folder("rights");
        Write(corpus, "good.txt", Good);
        Write(corpus, "locked.txt", Good);
        Write(corpus, "open.txt", Good);
        Write(corpus, "open.meta.json", """{"published": "2017-04-26"}""");
        Write(corpus, "closed/inner.txt", Good);
        foreach (var entry in Directory.EnumerateFileSystemEntries(corpus, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100);
        }

        File.SetUnixFileMode(Path.Combine(corpus, "locked.txt"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(corpus, "open.meta.json"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(corpus, "closed"), UnixFileMode.None);

        // As root every file can be read: run as the unprivileged user 'nobody' to see what a user sees.
        var asUser = Environment.UserName == "root" ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--" } : null;
        var (exit, output, error) = await Cli.RunAsync(
            ["run", corpus, "--format", "jsonl"], new Dictionary<string, string?> { ["DOTNET_CLI_HOME"] = _temp.FullName, ["HOME"] = _temp.FullName }, prefix: asUser);

        Assert.Equal(1, exit);
        Assert.Contains("locked.txt: the file cannot be read", error, StringComparison.Ordinal);
        Assert.Contains("open.meta.json: the metadata file cannot be read", error, StringComparison.Ordinal);
        Assert.Contains("closed: the folder cannot be read", error, StringComparison.Ordinal);
        Assert.Empty(Good_(output).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_json_lines_line_over_the_limit_fails_alone_without_being_held_in_memory()
    {
        var corpus = Folder("long");
        using (var file = File.Create(Path.Combine(corpus, "batch.jsonl")))
        {
            file.Write("{\"id\": \"huge\", \"text\": \""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 130; i++)
            {
                file.Write(chunk);
            }

            file.Write("\"}\n"u8);
            file.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = "fine", text = Good }) + "\n"));
        }

        var (exit, output, error) = await Run(corpus, "--format", "jsonl");

        Assert.Equal(1, exit);
        Assert.Contains("batch.jsonl:1: the line is over 134,217,728 bytes", error, StringComparison.Ordinal);
        Assert.Empty(Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "fine").GetProperty("diagnostics").EnumerateArray());
    }

    [Theory]
    [InlineData("--timeout", "NaN")]
    [InlineData("--timeout", "Infinity")]
    [InlineData("--timeout", "1e308")]
    [InlineData("--timeout", "0")]
    [InlineData("--parallel", "2147483647")]
    [InlineData("--parallel", "-1")]
    [InlineData("--parallel", "2.5")]
    [InlineData("--max-worker-memory", "12")]
    [InlineData("--max-failures", "-1")]
    public async Task Numbers_out_of_range_are_usage_errors_before_any_analysis(string option, string value)
    {
        var (exit, output, error) = await Cli.RunAsync("run", "seeds", option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_and_format_conflicts_fail_with_2_before_any_analysis_and_the_format_follows_the_name()
    {
        var folder = Folder("existing");
        var file = Path.Combine(_temp.FullName, "existing.json");
        File.WriteAllText(file, "{}");

        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--format", "jsonl", "--out", folder)).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--format", "text", "--out", folder)).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--format", "json", "--out", file)).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("run", "seeds", "--out", Path.Combine(_temp.FullName, "one.json"))).ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));

        var jsonl = Path.Combine(_temp.FullName, "results.jsonl");
        var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--out", jsonl);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(jsonl));
        Assert.Equal(2, File.ReadAllLines(jsonl).Select(line => JsonDocument.Parse(line)).Count());
    }

    private Task<(int ExitCode, string Out, string Error)> Run(string corpus, params string[] options) =>
        Cli.RunAsync(["run", corpus, .. options], null, TimeSpan.FromSeconds(120));

    private static JsonElement Good_(string output) => Cli.Records(output).Single(r => r.GetProperty("id").GetString() == "good");

    private string Folder(string name)
    {
        var folder = Path.Combine(_temp.FullName, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
