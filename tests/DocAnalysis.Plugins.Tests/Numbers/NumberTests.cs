using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>Quantity forms, qualifiers and non-quantities, each in real-looking news text (grouping: <see cref="GroupingTests"/>).</summary>
public sealed class NumberTests
{
    private static Annotation Quantity(string markup)
    {
        var result = Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2017-04-26"));
        return Assert.Single(result.Annotations, a => a.Kind == "quantity");
    }

    [Theory]
    [InlineData("The forces received [|10,000|] assault rifles.", 10000.0, "assault rifle", "assault rifles")]
    [InlineData("The site has [|3 million|] hits a month.", 3e6, "hit per month", "hits a month")]
    [InlineData("Output grew [|3.5 percent|].", 3.5, "percentage", "percent")]
    [InlineData("They lost [|$4bn|] last year.", 4e9, "dollar", "$")]
    [InlineData("Paid [|US$58.24|] per barrel.", 58.24, "dollar per barrel", "US$58.24 per barrel")]
    [InlineData("Unemployment stands at [|25%|].", 25.0, "percentage", "%")]
    [InlineData("Police counted [|ten thousand|] protesters.", 10000.0, "protester", "protesters")]
    [InlineData("[|Two dozen|] villages were evacuated.", 24.0, "village", "villages")]
    [InlineData("The storm reached [|155mph|] winds.", 155.0, "mile per hour", "mph")]
    [InlineData("It has a [|6.1-inch|] display.", 6.1, "inch", "inch")]
    [InlineData("The offense gained [|minus-5|] yards.", -5.0, "yard", "yards")]
    [InlineData("Tickets cost [|PS2.7m|] in total.", 2.7e6, "pound sterling", "PS")]
    [InlineData("The solar cells are just [|0.03|] millimeter slim.", 0.03, "millimetre", "millimeter")]
    [InlineData("Each tank holds [|40|] milliliters of fuel.", 40.0, "millilitre", "milliliters")]
    [InlineData("The court fined the bank [|2 million|] Swedish crowns.", 2e6, "swedish krona", "Swedish crowns")]
    [InlineData("Tickets for the final cost [|45 €|] each.", 45.0, "euro", "€")]
    [InlineData("Operating profit improved to [|361 million|] pounds.", 361e6, "pound sterling", "pounds")]
    [InlineData("The plant recalled [|5 million|] pounds of beef.", 5e6, "pound-mass", "pounds")]
    [InlineData("The yen traded at [|110|] JPY to the dollar.", 110.0, "japanese yen", "JPY")]
    [InlineData("The port moved [|9.3 million|] shipping containers.", 9.3e6, "shipping container", "shipping containers")]
    [InlineData("He ran for [|517|] rushing yards.", 517.0, "yard", "yards")]
    [InlineData("The city hosts a [|52,000|] barrel-a-day refinery.", 52000.0, "barrel per day", "barrel-a-day")]
    [InlineData("Offices let at [|$80|] per sq m.", 80.0, "dollar per square metre", "$80 per sq m")]
    [InlineData("The neck is [|25.5″|] long.", 25.5, "inch", "″")]
    [InlineData("A cup is [|1/16|] of a US gallon.", 0.0625, "gallon", "US gallon")]
    [InlineData("The grains weigh [|2×10−3|] kilograms.", 0.002, "kilogram", "kilograms")]
    [InlineData("It remains [|one|] of the best screens on sale.", 1.0, "good screen", "best screens")]
    [InlineData("Scientists found [|one|] of the largest dinosaurs yet.", 1.0, "large dinosaur", "largest dinosaurs")]
    [InlineData("They may trade down to add another pick or [|two|].", 2.0, "pick", "pick")]
    [InlineData("She replied to [|one|] of Trump's messages.", 1.0, "message", "messages")]
    [InlineData("He is friendly with [|one|] of Mr. Bush's sons.", 1.0, "son", "sons")]
    [InlineData("It was [|one|] of the party’s best campaigns.", 1.0, "good campaign", "best campaigns")]
    [InlineData("It is [|one|] of the things that’s misunderstood.", 1.0, "thing", "things")]
    [InlineData("[|Two|] of the senator's advisers resigned.", 2.0, "adviser", "advisers")]
    [InlineData("Bastille Day is [|one|] of the most treasured holidays.", 1.0, "treasured holiday", "most treasured holidays")]
    [InlineData("They are [|one|] of the most economically vulnerable groups.", 1.0, "economically vulnerable group", "most economically vulnerable groups")]
    public void Forms(string markup, double value, string unit, string written)
    {
        var q = Quantity(markup).Attributes;
        Assert.Equal(value, q.GetNumber("value"));
        Assert.Equal(unit, q.GetString("unit"));
        Assert.Equal(written, q.GetString("unit_text"));
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
    [InlineData("Nvidia advanced [|8%|] on Monday.", "up")]
    [InlineData("Specialized light will help produce [|sub-7|] nanometer chips.", "less-than")]
    [InlineData("Tickets cost ~[|25|] dollars.", "approximate")]
    [InlineData("Over than [|60 percent|] of firms use it.", "more-than")]
    [InlineData("Cooking takes about [|25-40|] minutes.", "approximate")]
    [InlineData("Hosmer added a [|30|] degree homer.", "exact")]
    [InlineData("As many as [|14|] players have left the club.", "at-most")]
    [InlineData("While at\u00A0least [|60|] servicemen were injured.", "at-least")]
    [InlineData("Gas prices fell nearly [|two|] cents a gallon.", "down")]
    [InlineData("The fund has lost close to [|$100,000|] this year.", "down")]
    [InlineData("Sales of electric cars are growing [|60 percent|] a year.", "up")]
    [InlineData("Clinton is down\u00A0from [|49 percent|] in January.", "exact")]
    [InlineData("The euro was easing against the yen to [|108.79|] on Friday.", "exact")]
    [InlineData("He adds that Muslims have [|two|] choices.", "exact")]
    [InlineData("The side slipped towards the bottom during a run of [|seven|] games.", "exact")]
    public void Qualifiers(string markup, string qualifier) => Assert.Equal(qualifier, Quantity(markup).Attributes.GetString("qualifier"));

    [Theory]
    [InlineData("The engine makes just under [|296|] hp ([|224|] kW / [|300|] PS).", "less-than", "less-than", "less-than")]
    [InlineData("Temperatures dropped by [|1 to 1.5|] degrees Celsius ([|1.8 to 2.7|] Fahrenheit).", "down", "down")]
    [InlineData("The debt was over [|$2 billion|], and [|3|] banks (of [|12|]) lent more.", "more-than", "exact", "exact")]
    public void A_conversion_in_parentheses_keeps_the_figures_qualifier(string markup, params string[] qualifiers) =>
        Assert.Equal(qualifiers, Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2017-04-26")).Annotations
            .Where(a => a.Kind == "quantity").Select(a => a.Attributes.GetString("qualifier")));

    /// <summary>A count of an owner's group counts the group; a figure after the owner counts it instead.</summary>
    [Fact]
    public void A_count_after_an_owner_counts_the_group()
    {
        Assert.Equal("email", Quantity("[|Dozens|] of Clinton's emails were released.").Attributes.GetString("unit"));
        Assert.Equal(
            [null, "director"],
            Testers.Numbers.AssertMarkup("[|Two|] of the firm's [|five|] directors resigned.", Testers.PublishedOn("2017-04-26")).Annotations
                .Where(a => a.Kind == "quantity").Select(a => a.Attributes.GetString("unit")));
    }

    [Theory]
    [InlineData("Between [|100-140|] people were killed.", 100.0, 140.0)]
    [InlineData("Growth will slow from [|4.8 to 4.7 percent|] next year.", 4.8, 4.7)]
    [InlineData("He dropped from [|208 pounds to 193|] by exercising.", 208.0, 193.0)]
    [InlineData("Revenue guidance was [|US $89 to $93 billion|].", 89e9, 93e9)]
    [InlineData("[|Dozens|] of people were killed Friday.", 12.0, 120.0)]
    [InlineData("[|Hundreds of thousands|] of refugees fled the war.", 1e5, 1e6)]
    [InlineData("The fund lost [|hundreds of millions|] of dollars.", 1e8, 1e9)]
    public void Ranges_keep_both_ends_in_the_order_written(string markup, double low, double high) =>
        Assert.Equal([low, high], Quantity(markup).Attributes.GetList("value")!.Cast<double>());

    [Theory]
    [InlineData("He has raised [|280 million|] of the [|1.5 billion|] shekels he needs.", "shekel", "shekel")]
    [InlineData("It comes with [|four|]-, [|five|]- and [|six|]-cylinder engines.", "cylinder", "cylinder", "cylinder")]
    [InlineData("Mileage rose from about [|14-18|] mpg to [|24|] for SUVs.", "mile per gallon", "mile per gallon")]
    public void Coordinated_figures_share_their_unit(string markup, params string[] units) =>
        Assert.Equal(units, Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2019-03-06")).Annotations
            .Where(a => a.Kind == "quantity").Select(a => a.Attributes.GetString("unit")));

    [Fact]
    public void The_figure_after_down_from_is_the_earlier_level_not_a_change() =>
        Assert.Equal(["exact", "exact"], Testers.Numbers.AssertMarkup("Revenue was [|$84 billion|], down from [|$89 billion|].", Testers.PublishedOn("2019-03-06")).Annotations
            .Where(a => a.Kind == "quantity").Select(q => q.Attributes.GetString("qualifier")));

    [Fact]
    public void A_number_after_the_age_of_counts_years_of_age() =>
        Assert.Equal("age", Quantity("Only players over the age of [|21|] may sign.").Attributes.GetString("unit"));

    [Theory]
    [InlineData("Nearly [|two-thirds|] of the sales came from CDs.", 2.0 / 3)]
    [InlineData("The council kept [|one-half|] of the grant for roads.", 0.5)]
    [InlineData("The council kept [|one half|] of the grant for roads.", 0.5)]
    public void A_word_fraction_is_a_part_of_a_whole(string markup, double value) =>
        Assert.Equal(value, Quantity(markup).Attributes.GetNumber("value"));

    [Fact]
    public void One_before_a_compound_with_half_counts_one() =>
        Assert.Equal(1, Quantity("He has [|one|] half-brother in the city.").Attributes.GetNumber("value"));

    [Fact]
    public void After_a_direction_verb_the_first_figure_is_the_change_and_the_next_the_level()
    {
        var result = Testers.Numbers.AssertMarkup("Exports to China dropped [|7%|] to [|$2.3 billion|].", Testers.PublishedOn("2019-03-06"));

        Assert.Equal(["down", "exact"], result.Annotations.Where(a => a.Kind == "quantity").Select(q => q.Attributes.GetString("qualifier")));
    }

    [Fact]
    public void A_change_and_the_new_level_are_two_quantities() =>
        Assert.Equal(2, Testers.Numbers.AssertMarkup("The deficit increased by [|$43.6 billion|] to [|$419.2 billion|].", Testers.PublishedOn("2019-03-06")).Annotations.Count(a => a.Kind == "quantity"));

    [Theory]
    [InlineData("Russia supplied Mi-17 helicopters.")]
    [InlineData("The rebels carried AK-47 rifles.")]
    [InlineData("The statement came at 16:55 GMT.")]
    [InlineData("The iPhone 11 Pro and the FTSE 100 both rose.")]
    [InlineData("Their layup tied Game 7 in the 96th minute.")]
    [InlineData("The house at 575 Wilbraham Road was sold.")]
    [InlineData("Growth abroad must make up for each one they lose.")]
    [InlineData("Using the same one across many accounts is a risk.")]
    [InlineData("Lampard told BBC One after the match.")]
    [InlineData("The shop is open 24/7 since 9/11.")]
    [InlineData("Coastal regions could be submerged by 2120.")]
    [InlineData("Read it at http://bit.ly/1NJeFcM today.")]
    [InlineData("Ani Vrabel 5ptsmoderatorFeatured February 6")]
    [InlineData("He hit a hole-in-one at the club.")]
    [InlineData("They held a one-on-one meeting.")]
    [InlineData("The poll was taken September 16-19.")]
    [InlineData("It began in the 2016-17 season.")]
    public void Not_quantities(string text) => Testers.Numbers.AssertMarkup(text, Testers.PublishedOn("2017-04-26"));

    [Theory]
    [InlineData("A [|three|]-judge panel ruled on [|a dozen|] cases.")]
    [InlineData("They asked for a [|two|]-year delay and [|a hundred and two|] votes.")]
    public void An_article_belongs_to_a_number_only_before_a_scale(string markup) => Testers.Numbers.AssertMarkup(markup, Testers.PublishedOn("2017-04-26"));

    [Fact]
    public void A_contraction_ends_a_unit() =>
        Assert.Equal("Democrat", Testers.Numbers.AssertMarkup("At least [|one|] Democrat wasn't as kind.", Testers.PublishedOn("2017-04-26")).Annotations.First(a => a.Kind == "quantity").Attributes.GetString("unit"));

    [Fact]
    public void A_ratio_in_words_keeps_its_numbers_where_a_compound_does_not() =>
        Testers.Numbers.AssertMarkup("Investors see a [|one|]-in-[|five|] chance of a cut after a one-on-one meeting.", Testers.PublishedOn("2017-04-26"));

    [Fact]
    public void A_unit_word_glued_to_its_number_is_read_whole() =>
        Assert.Equal("ounce", Testers.Numbers.AssertMarkup("A tax on sodas over [|16ounces|].", Testers.PublishedOn("2017-04-26")).Annotations.First(a => a.Kind == "quantity").Attributes.GetString("unit"));

    [Fact]
    public void Seed_002_reads_the_rifles_but_not_the_model_name_and_its_publisher_line_only_when_boilerplate_is_kept()
    {
        var seed = Seed("002_cf69e7b52cfd4b78.txt");
        var keepBoilerplate = AnalyserTester.Create(DocAnalysis.Plugins.Numbers.NumberReconciler.Id, [new DocAnalysis.Plugins.CreditLines.Startup(), new DocAnalysis.Plugins.Numbers.Startup()], new Dictionary<string, string?>
        {
            ["credit-line-stripper:strip:0"] = "credit",
            ["credit-line-stripper:strip:1"] = "caption",
        });

        Dictionary<string, string?> Units(AnalyserTester tester) =>
            tester.Analyse(seed, new DocumentMetadata()).Annotations.Where(a => a.Kind == "quantity").ToDictionary(a => seed[a.Span.Start..a.Span.End], a => a.Attributes.GetString("unit"));

        var byDefault = Units(Testers.Numbers);
        Assert.Equal("Ak-47 assault rifle", byDefault["10,000"]);
        Assert.DoesNotContain(byDefault.Keys, k => k.Contains("47", StringComparison.Ordinal));
        Assert.DoesNotContain("3 million", byDefault.Keys);
        Assert.Equal("hit per month", Units(keepBoilerplate)["3 million"]);
    }

    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));
}
