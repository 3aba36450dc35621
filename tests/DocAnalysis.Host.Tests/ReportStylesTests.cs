using DocAnalysis.Reports.Html;

namespace DocAnalysis.Host.Tests;

/// <summary>What a plugin declares reaches the report's stylesheet only when it cannot break out of a rule.</summary>
public sealed class ReportStylesTests
{
    [Theory]
    [InlineData("email", "#ffd8b1", true)]
    [InlineData("email", "#FFD8B1", true)]
    [InlineData("email", "red", false)]
    [InlineData("email", "#ffd8b1; } body { display: none", false)]
    [InlineData("email", "#ffd8b", false)]
    [InlineData("e\"] { x: y } mark[data-kind=\"e", "#ffd8b1", false)]
    [InlineData("e-mail_2.0", "#000000", true)]
    public void Only_a_safe_kind_with_a_hex_colour_gets_a_rule(string kind, string colour, bool ruled)
    {
        var css = ReportStyles.Css([new KindDisplay(kind) { Colour = colour }]);

        Assert.Equal(ruled, css.Contains("mark[", StringComparison.Ordinal));
        Assert.Equal(1, css.Count(c => c == '\n') - (ruled ? 1 : 0));
    }

    [Fact]
    public void The_first_analyser_to_declare_a_kind_keeps_it()
    {
        var first = new AnalyserDescriptor("a", "A", new Version(1, 0)) { Displays = [new("k") { Name = "first" }] };
        var second = new AnalyserDescriptor("b", "B", new Version(1, 0)) { Displays = [new("k") { Name = "second" }, new("other")] };

        var displays = ReportStyles.Displays([first, second]);

        Assert.Equal("first", displays["k"].Name);
        Assert.Equal(["k", "other"], displays.Keys.Order(StringComparer.Ordinal));
    }
}
