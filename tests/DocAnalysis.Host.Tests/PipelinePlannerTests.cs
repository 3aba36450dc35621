using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Plugins;

namespace DocAnalysis.Host.Tests;

public sealed class PipelinePlannerTests
{
    private static AnalyserRegistration Analyser(string id, string[]? provides = null, string[]? requires = null, string[]? uses = null) =>
        new(new DelegateAnalyser(id, _ => { }, provides, requires, uses), null);

    private static string[] Order(IEnumerable<AnalyserRegistration> analysers, IReadOnlyList<string>? hints = null) =>
        [.. PipelinePlanner.Plan(analysers, hints).Select(a => a.Descriptor.Id)];

    [Fact]
    public void An_analyser_runs_after_the_providers_of_what_it_requires()
    {
        var order = Order([
            Analyser("numbers", ["quantity"], requires: ["clean"], uses: ["attribution", "date"]),
            Analyser("dates", ["date"], requires: ["clean"]),
            Analyser("stripper", ["credit-line", "clean"]),
            Analyser("attributions", ["attribution"], requires: ["clean"]),
        ]);

        Assert.Equal(["stripper", "attributions", "dates", "numbers"], order);
    }

    [Fact]
    public void Ties_are_broken_by_the_configured_order_then_by_id()
    {
        var analysers = new[] { Analyser("b"), Analyser("c"), Analyser("a") };

        Assert.Equal(["a", "b", "c"], Order(analysers));
        Assert.Equal(["c", "a", "b"], Order(analysers, ["c"]));
    }

    [Fact]
    public void A_requirement_nobody_provides_names_the_analyser_and_the_requirement()
    {
        var error = Assert.Throws<PipelineException>(() => Order([Analyser("dates", ["date"], requires: ["clean"])]));

        Assert.Contains("'dates' requires 'clean', which no loaded analyser provides", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_requirement_nobody_provides_is_ignored()
    {
        Assert.Equal(["numbers"], Order([Analyser("numbers", ["quantity"], uses: ["attribution"])]));
    }

    [Fact]
    public void A_cycle_is_refused_with_the_analysers_in_it()
    {
        var error = Assert.Throws<PipelineException>(() => Order([
            Analyser("a", ["x"], requires: ["z"]),
            Analyser("b", ["y"], requires: ["x"]),
            Analyser("c", ["z"], requires: ["y"]),
            Analyser("d", ["w"]),
        ]));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'d'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_analysers_with_one_id_are_refused()
    {
        var error = Assert.Throws<PipelineException>(() => Order([Analyser("dates"), Analyser("dates")]));
        Assert.Contains("'dates' is used by 2 analysers", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "1.3", true)]
    [InlineData("1.4", "1.3", false)]
    [InlineData("2.0", "1.3", false)]
    [InlineData("0.9", "1.0", false)]
    public void A_plugin_runs_on_a_host_of_the_same_major_contract_that_is_not_older(string builtAgainst, string host, bool compatible) =>
        Assert.Equal(compatible, Contract.IsCompatible(Version.Parse(builtAgainst), Version.Parse(host)));
}
