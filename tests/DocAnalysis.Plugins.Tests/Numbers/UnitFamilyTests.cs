using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>
/// The unit families of issue #32, each in a sentence of its own: quantulum3's symbols, powers, rates after a
/// slash, currencies by their country's mark, and the number forms that carry units (scientific notation, money
/// scales, mixed and vulgar fractions, suspended hyphens, "a hundred and two").
/// </summary>
public sealed class UnitFamilyTests
{
    private static Annotation Quantity(string markup) =>
        Assert.Single(Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2020-03-02")).Annotations, a => a.Kind == "quantity");

    [Theory]
    [InlineData("The collider reached [|13|] TeV last year.", "teraelectronvolt")]
    [InlineData("The band gap is [|1.1|] eV in silicon.", "electronvolt")]
    [InlineData("The rocks formed [|66|] Ma ago, the survey says.", "megayear")]
    [InlineData("A scan delivers about [|14|] mGy to the abdomen.", "milligray")]
    [InlineData("The plant handles [|4,500|] tpd of waste.", "ton per day")]
    [InlineData("Milk samples held [|300|] Bq of caesium.", "becquerel")]
    public void Symbols_and_names_come_from_quantulum3s_lexicon(string markup, string unit) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    [Theory]
    [InlineData("The reserve covers [|4km^2|] of wetland.", "square kilometre")]
    [InlineData("The reserve covers [|4|] km squared of wetland.", "square kilometre")]
    [InlineData("The lake holds [|4|] km cubed of water.", "cubic kilometre")]
    [InlineData("The tank holds [|3|] m³ of water.", "cubic metre")]
    [InlineData("The detector logged [|3|] fb−1 of collisions.", "inverse femtobarn")]
    [InlineData("The band sits at [|1,600|] cm-1 in the spectrum.", "inverse centimetre")]
    public void A_unit_raised_to_a_power_is_its_square_or_cube(string markup, string unit) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    /// <summary><c>in</c> is the inch before a word of size; elsewhere it is the preposition (<c>won 3 in a row</c>).</summary>
    [Theory]
    [InlineData("The new panels are [|2|] in thick and weigh less.", "inch")]
    [InlineData("Each shelf is [|30|] in. long.", "inch")]
    public void In_before_a_word_of_size_is_the_inch(string markup, string unit) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    [Fact]
    public void In_elsewhere_is_the_preposition() =>
        Assert.Null(Quantity("The team won [|3|] in a row at home.").Attributes.GetString("unit"));

    [Theory]
    [InlineData("Cleaners are paid [|$15.40|]/hour in the city.", "dollar per hour")]
    [InlineData("The gym is used [|four|] times per week.", "count per week")]
    public void A_rate_may_follow_a_slash_or_a_counted_noun(string markup, string unit) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    [Theory]
    [InlineData("Ottawa pledged [|C$40 million|] to the port.", "canadian dollar")]
    [InlineData("The mine sold for [|A$2 billion|] in cash.", "australian dollar")]
    [InlineData("The mine sold for [|AU$2 billion|] in cash.", "australian dollar")]
    [InlineData("Farmers lost [|NZ$300 million|] in the drought.", "new zealand dollar")]
    [InlineData("The bank earned [|S$1.2 billion|] last year.", "singapore dollar")]
    [InlineData("The flat fetched [|HK$88 million|] at auction.", "hong kong dollar")]
    [InlineData("Eskom needs [|R20 billion|] this year.", "south african rand")]
    [InlineData("The tender was worth [|R1,200|] per household.", "south african rand per household")]
    [InlineData("Petrobras paid [|R$3 billion|] in fines.", "brazilian real")]
    [InlineData("The ticket costs [|₹500|] at the gate.", "indian rupee")]
    [InlineData("The robot costs [|¥1.98 million|] in Tokyo.", "japanese yen")]
    [InlineData("The club paid [|€80 million|] for him.", "euro")]
    [InlineData("The estate was valued at [|£3 million|] last year.", "pound sterling")]
    public void Each_currency_family_is_read_by_its_mark(string markup, string unit) =>
        Assert.Equal(unit, Quantity(markup).Attributes.GetString("unit"));

    [Theory]
    [InlineData("The droid R2 returned in the sequel.")]
    [InlineData("The R5 was cheaper than the model before it.")]
    public void A_bare_R_is_the_rand_only_before_money(string text) =>
        Assert.DoesNotContain(Testers.Numbers.AssertMarkup(text, Testers.PublishedOn("2020-03-02")).Annotations, a => a.Kind == "quantity" && a.Attributes.GetString("unit") == "south african rand");

    [Theory]
    [InlineData("Violet light oscillates at [|4e14|] times a second.", 4e14)]
    [InlineData("The error was [|-1e-3|] watts at most.", -1e-3)]
    [InlineData("Italy's output is [|$2.174T|] a year.", 2.174e12)]
    [InlineData("The fund manages [|€10B|] for pensioners.", 1e10)]
    [InlineData("He walked [|0.5k|] miles to the border.", 500.0)]
    [InlineData("The door is [|2 1/2|] inches thick.", 2.5)]
    [InlineData("Stir in [|½|] cup of sugar.", 0.5)]
    [InlineData("I want [|a hundred and two|] of those.", 102.0)]
    public void Number_forms_that_carry_units(string markup, double value) =>
        Assert.Equal(value, Quantity(markup).Attributes.GetNumber("value")!.Value, 1e-9);

    [Fact]
    public void A_suspended_hyphen_makes_a_range_in_the_second_ends_unit()
    {
        var quantity = Quantity("The mirror will be [|8- to 16-meter|] wide.");
        Assert.Equal([8.0, 16.0], quantity.Attributes.GetList("value")!.Cast<double>());
        Assert.Equal("metre", quantity.Attributes.GetString("unit"));
    }

    [Fact]
    public void Coordinated_suspended_hyphens_stay_apart() =>
        Testers.Numbers.AssertMarkup("It came with [|four|]-, [|five|]- and [|six|]-cylinder engines.", Testers.PublishedOn("2020-03-02"));

    [Fact]
    public void Figures_in_two_different_units_make_no_range()
    {
        var result = Testers.Numbers.AssertMarkup("They were changed from [|44|] ml to [|50|] mg ethanol.", Testers.PublishedOn("2020-03-02"));
        Assert.Equal(["millilitre", "milligram"], result.Annotations.Where(a => a.Kind == "quantity").Select(a => a.Attributes.GetString("unit")));
    }
}
