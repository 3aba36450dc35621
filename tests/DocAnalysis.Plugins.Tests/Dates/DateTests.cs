namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>Date expressions by family, each in a real-looking sentence, with the value it resolves to.</summary>
public sealed class DateTests
{
    private static readonly DocumentMetadata April26 = Testers.PublishedOn("2017-04-26");

    private static string Value(string markup, DocumentMetadata? metadata = null)
    {
        var result = Testers.Dates.AssertMarkup(markup, metadata ?? April26);
        return Assert.Single(result.Annotations, a => a.Kind == "date").Attributes.GetString("value")!;
    }

    [Theory]
    [InlineData("The raid took place on [|Sept. 17, 2013|].", "2013-09-17")]
    [InlineData("The raid took place on [|Tuesday, Sept. 17, 2013|].", "2013-09-17")]
    [InlineData("The raid took place on [|17 September 2013|].", "2013-09-17")]
    [InlineData("The filing is dated [|2013-09-17|].", "2013-09-17")]
    [InlineData("The filing is dated [|9/17/2013|].", "2013-09-17")]
    public void Absolute_dates(string markup, string value) => Assert.Equal(value, Value(markup));

    [Theory]
    [InlineData("Karzai met Lavrov in Moscow on [|April 25|].", "2017-04-25")]
    [InlineData("The deal was signed in [|April|].", "2017-04")]
    [InlineData("Talks stalled in [|2016|].", "2016")]
    [InlineData("Tensions date back to [|the 1990s|].", "199")]
    public void Partial_dates_take_the_year_from_the_publication_date(string markup, string value) => Assert.Equal(value, Value(markup));

    [Theory]
    [InlineData("[|Last Friday|], a spokesman said that 50 people were killed.", "2017-04-21")]
    [InlineData("The ministry confirmed later on [|Friday|] that 100 people had died.", "2017-04-21")]
    [InlineData("The delegation will travel to Moscow [|next Tuesday|].", "2017-05-02")]
    [InlineData("The minister spoke [|yesterday|].", "2017-04-25")]
    [InlineData("The vote was held [|two days ago|].", "2017-04-24")]
    [InlineData("Prices rose [|last month|].", "2017-03")]
    public void Relative_dates_resolve_against_the_publication_date(string markup, string value) => Assert.Equal(value, Value(markup));

    [Fact]
    public void A_weekday_in_a_document_without_any_date_stays_underspecified() =>
        Assert.Equal("XXXX-WXX-1", Value("Russia has pledged support, the ministry said [|Monday|].", DocumentMetadata.Empty));

    [Fact]
    public void A_dateline_anchors_a_document_without_metadata()
    {
        var result = Testers.Dates.Analyse("16:55 GMT +326 April 2017\nThe talks ended last Friday.", DocumentMetadata.Empty);

        var friday = result.Annotations.Single(a => a.Attributes.GetString("value") == "2017-04-21").Attributes;
        Assert.Equal("2017-04-26T16:55+03:00", friday.GetString("anchor"));
        Assert.Equal("dateline", friday.GetString("anchor_source"));
        Assert.Equal("5 days before publication", friday.GetString("phrase"));
    }

    [Theory]
    [InlineData("The country has been unstable for [|decades|].", "PXDE")]
    [InlineData("He served [|three years|] in prison.", "P3Y")]
    [InlineData("Markets fell over [|the past 10 days|].", "P10D")]
    [InlineData("Talks are expected to resume in [|coming weeks|].", "PXW")]
    public void Durations(string markup, string value) => Assert.Equal(value, Value(markup));

    [Theory]
    [InlineData("The council meets [|every Monday|].", "XXXX-WXX-1")]
    [InlineData("The report is published [|annually|].", "P1Y")]
    [InlineData("The board reviews the dividend [|every quarter|].", "P1Q")]
    public void Sets(string markup, string value) => Assert.Equal(value, Value(markup));

    [Fact]
    public void Times_with_zones() => Assert.Equal("2017-04-26T16:55", Value("The statement came at [|16:55 GMT|]."));

    [Theory]
    [InlineData("The convoy left at [|midday|].", "2017-04-26T12:00")]
    [InlineData("The curfew begins at [|midnight|].", "2017-04-26T00:00")]
    public void Noon_midday_and_midnight(string markup, string value) => Assert.Equal(value, Value(markup));
}
