using DocAnalysis.Cli;
using DocAnalysis.Host.Output;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The format registry is what <c>run</c> offers: every registered format is accepted by <c>--format</c>, listed in
/// help and found from <c>--out</c> by its extension; nothing about a format is spelt out in the command.
/// </summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-formats-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public async Task Help_lists_every_registered_format()
    {
        var (exit, output, _) = await Cli.RunAsync("run", "--help");

        Assert.Equal(0, exit);
        Assert.All(RunCommand.Formats, f => Assert.Contains($"{f.Name} ({f.Description})", output.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_format_is_chosen_by_its_name_and_by_its_extension_in_out()
    {
        foreach (var format in RunCommand.Formats)
        {
            var target = Path.Combine(_temp.FullName, format.WritesFolder ? format.Name : "results" + format.Extension);
            Assert.Same(format, RunCommand.ChooseFormat(format.Name, target));
            if (!format.WritesFolder)
            {
                Assert.Same(format, RunCommand.ChooseFormat(null, target));
            }
        }
    }

    [Fact]
    public void A_format_name_is_taken_once()
    {
        var error = Assert.Throws<ArgumentException>(() => RunCommand.Formats.With(new OutputFormat("JSONL", false, ".x", "again", (_, _) => throw new InvalidOperationException())));

        Assert.Contains("already an output format named 'JSONL'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "text")]
    [InlineData(null, "out", "json")]
    [InlineData(null, "OUT.JSONL", "jsonl")]
    [InlineData(null, "notes.txt", "text")]
    [InlineData(null, "/dev/null", "text")]
    [InlineData("jsonl", "/dev/stdout", "jsonl")]
    public void The_format_follows_the_name_of_out(string? format, string? outPath, string expected)
    {
        var target = outPath is null || outPath.StartsWith('/') ? outPath : Path.Combine(_temp.FullName, outPath);

        Assert.Equal(expected, RunCommand.ChooseFormat(format, target).Name);
    }

    [Theory]
    [InlineData(null, "one.json", "names a file, but json output is one file per document in a folder")]
    [InlineData(null, "report.html", "names a file, but html output is one file per document in a folder")]
    [InlineData(null, "results.csv", "cannot tell the format from --out")]
    [InlineData("html", null, "--format html writes one file per document and needs --out FOLDER")]
    [InlineData("json", "/dev/stdout", "is a stream")]
    public void A_format_and_out_that_disagree_are_usage_errors(string? format, string? outPath, string expected)
    {
        var target = outPath is null || outPath.StartsWith('/') ? outPath : Path.Combine(_temp.FullName, outPath);

        var error = Assert.Throws<UsageException>(() => RunCommand.ChooseFormat(format, target));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
