namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>Quantity forms, qualifiers and non-quantities, and grouping of tolls, each in real-looking news text.</summary>
public sealed class NumberTests
{
    private static Annotation Quantity(string markup)
    {
        var result = Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2017-04-26"));
        return Assert.Single(result.Annotations, a => a.Kind == "quantity");
    }

    [Theory]
    [InlineData("The forces received [|10,000|] assault rifles.", 10000.0, "assault rifles")]
    [InlineData("The site has [|3 million|] hits a month.", 3e6, "hits")]
    [InlineData("Output grew [|3.5 percent|].", 3.5, "percent")]
    [InlineData("They lost [|$4bn|] last year.", 4e9, "$")]
    [InlineData("Unemployment stands at [|25%|].", 25.0, "%")]
    [InlineData("Police counted [|ten thousand|] protesters.", 10000.0, "protesters")]
    [InlineData("[|Two dozen|] villages were evacuated.", 24.0, "villages")]
    public void Forms(string markup, double value, string unit)
    {
        var q = Quantity(markup).Attributes;
        Assert.Equal(value, q.GetNumber("value"));
        Assert.Equal(unit, q.GetString("unit"));
    }

    [Theory]
    [InlineData("Over [|50|] individuals were killed.", "more-than")]
    [InlineData("The toll rose to about [|135|] soldiers.", "approximate")]
    [InlineData("At least [|60|] servicemen were injured.", "at-least")]
    [InlineData("Up to [|40|] people may have died.", "at-most")]
    [InlineData("Fewer than [|20|] people came.", "less-than")]
    [InlineData("Exports rose by [|12 percent|].", "up")]
    [InlineData("Imports fell [|8 percent|].", "down")]
    [InlineData("Officials reported [|140|] deaths.", "exact")]
    public void Qualifiers(string markup, string qualifier) => Assert.Equal(qualifier, Quantity(markup).Attributes.GetString("qualifier"));

    [Fact]
    public void A_range_has_a_low_and_a_high_value() =>
        Assert.Equal([100.0, 140.0], Quantity("Between [|100-140|] people were killed.").Attributes.GetList("value")!.Cast<double>());

    [Theory]
    [InlineData("Russia supplied Mi-17 helicopters.")]
    [InlineData("The rebels carried AK-47 rifles.")]
    [InlineData("The statement came at 16:55 GMT.")]
    public void Not_quantities(string text) => Testers.Numbers.AssertMarkup(text, Testers.PublishedOn("2017-04-26"));

    [Fact]
    public void Killed_and_injured_tolls_are_grouped_apart()
    {
        const string text = "Officials said over 50 people were killed. The death toll then rose to about 135 soldiers, while at least 60 servicemen were injured. Other reports said 140 people were killed.";

        var groups = Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26")).Annotations.Where(a => a.Kind == "quantity-group").ToList();

        var killed = Assert.Single(groups);
        Assert.Equal("killed", killed.Attributes.GetString("measure"));
        Assert.Equal(3, killed.Attributes.GetList("members")!.Count);
        Assert.Equal("consistent", killed.Attributes.GetString("status"));
    }

    [Fact]
    public void Figures_that_cannot_all_hold_conflict()
    {
        const string text = "Police said 40 people were killed in the blast. Hospital officials said 90 people were killed.";

        var group = Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26")).Annotations.Single(a => a.Kind == "quantity-group");

        Assert.Equal("conflicting", group.Attributes.GetString("status"));
    }

    [Fact]
    public void A_rising_toll_is_an_update()
    {
        const string text = "At first 12 people were reported killed. The death toll later rose to 30 people.";

        var group = Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26")).Annotations.Single(a => a.Kind == "quantity-group");

        Assert.Equal("updated", group.Attributes.GetString("status"));
    }
}
