namespace DocAnalysis.Plugins.Tests;

/// <summary>The text layer's lower case (<see cref="TextLayer.ToLower"/>), which every token's <c>Lower</c> has.</summary>
public sealed class TextLayerLowerCaseTests
{
    [Theory]
    [InlineData("“Lavrov said,” the U.S. envoy noted — ÉCOLE Straße Ωmega")]
    [InlineData("GOP")]
    [InlineData("")]
    public void Lower_case_is_the_runtimes_invariant_lower_case(string text) =>
        Assert.Equal(text.ToLowerInvariant(), TextLayer.ToLower(text));

    [Fact]
    public void A_word_without_capitals_is_returned_as_it_is()
    {
        const string word = "said";

        Assert.Same(word, TextLayer.ToLower(word));
    }
}
