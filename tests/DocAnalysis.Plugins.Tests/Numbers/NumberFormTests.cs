using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>The value forms of Rules/NumberWords.cs, Rules/Numerals.cs and Rules/Ratios.cs, each in a sentence of its own.</summary>
public sealed class NumberFormTests
{
    private static Annotation Quantity(string markup) =>
        Assert.Single(Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2020-03-02")).Annotations, a => a.Kind == "quantity");

    [Theory]
    [InlineData("The merger is worth [|three billion|] dollars.", 3e9)]
    [InlineData("Congress added [|twenty-one trillion|] dollars of debt.", 21e12)]
    [InlineData("The camp holds [|one hundred and sixteen|] families.", 116.0)]
    [InlineData("Police arrested [|three hundred and thirty-one|] people.", 331.0)]
    [InlineData("The fund lost [|forty thousand and five hundred|] pounds.", 40500.0)]
    [InlineData("The flight was delayed by [|one and a half|] hours.", 1.5)]
    [InlineData("The region has [|five and a half million|] residents.", 5.5e6)]
    [InlineData("Organisers expect [|a quarter million|] visitors.", 250000.0)]
    [InlineData("The city spent [|half a billion|] euros on it.", 5e8)]
    [InlineData("The bill runs to [|a quarter of a trillion|] dollars.", 2.5e11)]
    public void Number_words_compose_to_any_size(string markup, double value) =>
        Assert.Equal(value, Quantity(markup).Attributes.GetNumber("value"));

    [Theory]
    [InlineData("The talks lasted [|2½|] years.", 2.5)]
    [InlineData("Exports fell to [|10 mln|] tonnes.", 1e7)]
    [InlineData("The bank wrote off [|2.4 bln|] roubles.", 2.4e9)]
    public void Numerals_take_vulgar_fractions_and_wire_copy_scales(string markup, double value) =>
        Assert.Equal(value, Quantity(markup).Attributes.GetNumber("value"));

    [Theory]
    [InlineData("[|One in three|] Germans has trouble finding a flat.", 1.0 / 3)]
    [InlineData("About [|4 out of 10|] voters backed the plan.", 0.4)]
    [InlineData("[|Two in five|] workers earn less than that.", 0.4)]
    public void A_count_out_of_a_count_is_a_share(string markup, double value) =>
        Assert.Equal(value, Quantity(markup).Attributes.GetNumber("value")!.Value, 1e-12);

    [Theory]
    [InlineData("[|Six in 10|] say the economy is weak.")]
    [InlineData("About [|40 percent|] believe the claim.", "percentage")]
    public void A_verb_of_opinion_is_not_what_a_figure_counts(string markup, string? unit = null) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    [Theory]
    [InlineData("They used a one-two punch.")]
    [InlineData("Count two three and go.")]
    public void Words_that_make_no_number_are_left_out(string text) => Testers.Numbers.AssertMarkup(text, Testers.PublishedOn("2020-03-02"));
}
