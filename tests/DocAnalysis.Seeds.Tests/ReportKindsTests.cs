using System.Reflection;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The report draws what the analysers declare (<c>KindDisplay</c>), never a plugin's kind by name: its code, stylesheet
/// and script name none of the shipped kinds, and a kind with a declaration gets its colour from <c>kinds.css</c>.
/// </summary>
public sealed class ReportKindsTests
{
    private static readonly string Reports = Path.Combine(Repository.Root, "src", "DocAnalysis.Reports");

    [Fact]
    public void The_report_code_names_no_plugin_kind()
    {
        var kinds = typeof(Kinds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var files = Directory.EnumerateFiles(Reports, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".css" or ".js" && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(kinds);
        Assert.Contains(files, f => f.EndsWith("HtmlReportWriter.cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("SnapshotReport.cs", StringComparison.Ordinal));
        Assert.All(files, file =>
        {
            var code = File.ReadAllText(file);
            Assert.DoesNotContain("Kinds.", code, StringComparison.Ordinal);
            Assert.All(kinds, kind => Assert.DoesNotContain($"\"{kind}\"", code, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Each_declared_kind_of_the_shipped_plugins_gets_its_colour_and_its_table()
    {
        var folder = Directory.CreateTempSubdirectory("docanalysis-kinds-");
        try
        {
            var (exit, _, error) = await Cli.RunAsync("run", "seeds", "--format", "html", "--out", folder.FullName);
            var css = File.ReadAllText(Path.Combine(folder.FullName, "kinds.css"));
            var page = File.ReadAllText(Path.Combine(folder.FullName, "documents", "0001.html"));

            Assert.True(exit == 0, error);
            Assert.Contains("mark[data-kind=\"date\"] { background: #cfe8ff; }", css, StringComparison.Ordinal);
            Assert.Contains("mark[data-kind=\"quantity-group\"] { background: transparent; box-shadow: inset 0 -4px 0 #6a1b9a; }", css, StringComparison.Ordinal);
            Assert.Contains("href=\"../kinds.css\"", page, StringComparison.Ordinal);
            Assert.Contains("<h2>Quantity groups</h2>", page, StringComparison.Ordinal);
            Assert.Contains("class=\"apart\"", page, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
