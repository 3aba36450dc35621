using DocAnalysis.Plugins.Attributions;

namespace DocAnalysis.Plugins.Tests.Attributions;

public sealed class LowercaseTests
{
    [Theory]
    [InlineData("“Lavrov said,” the U.S. envoy noted — ÉCOLE Straße Ωmega")]
    [InlineData("GOP")]
    [InlineData("")]
    public void Lower_case_is_the_runtimes_invariant_lower_case(string text) =>
        Assert.Equal(text.ToLowerInvariant(), Lowercase.Of(text));

    [Fact]
    public void A_word_without_capitals_is_returned_as_it_is()
    {
        const string word = "said";

        Assert.Same(word, Lowercase.Of(word));
    }
}
