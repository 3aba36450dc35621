using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.Dates;

/// <summary>The newer expression families, each in a real-looking news sentence, resolved against a publication date.</summary>
public sealed class DateFamilyTests
{
    private static readonly DocumentMetadata October26 = Testers.PublishedOn("1989-10-26");

    private static string[] Values(string markup, DocumentMetadata metadata) =>
        [.. Testers.Dates.AssertMarkup(markup, metadata).Annotations.Where(a => a.Kind == "date").Select(a => a.Attributes.GetString("value")!)];

    /// <summary>The type and value of each date in <paramref name="markup"/>, whose spans it also checks.</summary>
    private static (string? Type, string? Value)[] TypesAndValues(string markup) =>
        [.. Testers.Dates.AssertMarkup(markup, October26).Annotations.Where(a => a.Kind == "date").Select(a => (a.Attributes.GetString("type"), a.Attributes.GetString("value")))];

    [Theory]
    [InlineData("Net income fell 5% in [|the third quarter|].", "1989-Q3")]
    [InlineData("The company posted a [|third-quarter|] loss.", "1989-Q3")]
    [InlineData("Sales in [|the fourth quarter|] should recover.", "1989-Q4")]
    [InlineData("Revenue rose in [|the quarter|] to $1.2 billion.", "1989-Q3")]
    [InlineData("Net income fell 12% in [|the latest period|].", "1989-Q3")]
    [InlineData("Earnings were flat compared with [|the year-earlier quarter|].", "1988-Q3")]
    public void Quarters(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    /// <summary>A month "of" a year is one date, and the year tells which (found reading untuned news: "as recently as February of last year").</summary>
    [Theory]
    [InlineData("The shares traded as high as $30 in [|February of last year|].", "1988-02")]
    [InlineData("The plant is to reopen in [|June of next year|].", "1990-06")]
    [InlineData("Output peaked in [|March of 1987|] and fell since.", "1987-03")]
    public void A_month_of_a_year(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    [Theory]
    [InlineData("Net was $306 million, against a loss in [|the 1988 second quarter|].", "1988-Q2")]
    [InlineData("The plant is to open in [|next year's first quarter|].", "1990-Q1")]
    [InlineData("Sales rose 4% from [|last year's quarter|].", "1988-Q3")]
    [InlineData("The quarter-to-quarter comparison was flat.", null)]
    public void Quarters_with_a_year(string markup, string? value) => Assert.Equal(value is null ? [] : [value], Values(markup, October26));

    [Theory]
    [InlineData("Sun reported a loss for [|the fiscal first quarter|]. Revenue in [|the quarter|] rose 8%.", "1989-Q1", "1989-Q1")]
    [InlineData("[|Fourth-quarter|] net rose. In [|the 1988 period|], the company lost money.", "1989-Q4", "1988-Q4")]
    [InlineData("The storm will cut [|fourth-quarter|] profit. Earnings fell 59% in [|the latest quarter|].", "1989-Q4", "1989-Q3")]
    [InlineData("[|The 1988 third quarter|] included a charge. Sales in [|the quarter|] rose.", "1988-Q3", "1989-Q3")]
    public void The_quarter_is_the_one_the_story_reports_on(string markup, string first, string second) =>
        Assert.Equal([first, second], Values(markup, October26));

    [Theory]
    [InlineData("[|Third-quarter|] profit rose 12% from [|a year earlier|].")]
    [InlineData("[|Third-quarter|] profit rose 12% from [|year-earlier|] levels.")]
    public void A_year_earlier_is_the_period_just_mentioned_a_year_back(string markup) =>
        Assert.Equal(["1989-Q3", "1988-Q3"], Values(markup, October26));

    [Theory]
    [InlineData("The company forecast an earnings increase for [|the full year|].", "DATE", "1989")]
    [InlineData("It expects sales in [|the current fiscal year|] to be slightly higher.", "DATE", "1989")]
    [InlineData("Sales in [|the latest fiscal year|] were C$7.38 billion.", "DATE", "1988")]
    [InlineData("Unisys aims to cut costs by [|year-end|].", "DATE", "1989")]
    [InlineData("Revenue dropped to $300 million, down from $450 million the year before.", null, null)]
    [InlineData("Sales peaked in the year of [|1988|].", "DATE", "1988")]
    [InlineData("Earnings for [|the second half of 1989|] will be lower.", "DATE", "1989-H2")]
    public void The_business_year(string markup, string? type, string? value) =>
        Assert.Equal(type is null ? [] : [(type, value)], TypesAndValues(markup));

    [Fact]
    public void The_year_ended_a_date_is_a_year_long() =>
        Assert.Equal([("DURATION", "P1Y"), ("DATE", "1989-03-31")], TypesAndValues("Revenue for [|the year|] ended [|March 31|] was $76 million."));

    [Theory]
    [InlineData("Work on the plant stopped [|last fall|].", "1988-FA")]
    [InlineData("The company expects to open the store [|this summer|].", "1989-SU")]
    [InlineData("The talks collapsed in [|the winter of 1987|].", "1987-WI")]
    [InlineData("Over the [|summer|], rivals offered deeper discounts.", "1989-SU")]
    public void Seasons(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    [Theory]
    [InlineData("Stores expect record sales before [|Thanksgiving Day|].", "1989-11-23")]
    [InlineData("The plant closed on [|Christmas Eve, 1987|].", "1987-12-24")]
    [InlineData("Voters will go to the polls on [|Election Day|].", "1989-11-07")]
    public void Holidays(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    [Theory]
    [InlineData("Prices are [|now|] higher than they were.", "PRESENT_REF")]
    [InlineData("Traders said the market had [|recently|] stabilised.", "PAST_REF")]
    [InlineData("Analysts expect further cuts in [|the future|].", "FUTURE_REF")]
    [InlineData("Margins will stay thin in [|the near term|].", "FUTURE_REF")]
    [InlineData("Holders may buy shares at half the [|then current|] market price.", "PAST_REF")]
    public void Reference_words(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    [Fact]
    public void A_clock_time_and_a_weekday_are_one_time() =>
        Assert.Equal(["1989-10-24T22:00"], Values("The vote was held at [|10 p.m. Tuesday|].", October26));

    [Fact]
    public void A_clock_time_takes_the_day_mentioned_just_before() =>
        Assert.Equal(["1989-10-24", "1989-10-24T10:35"], Values("The fire started [|Tuesday|], and firefighters arrived at [|10:35 a.m.|]", October26));

    [Theory]
    [InlineData("The law was passed in [|nineteen ninety-six|].", "1996")]
    [InlineData("He left office in [|January nineteen ninety-seven|].", "1997-01")]
    [InlineData("The games opened in [|two thousand and two|].", "2002")]
    public void Years_in_words(string markup, string value) => Assert.Equal([value], Values(markup, Testers.PublishedOn("1998-02-27")));

    [Theory]
    [InlineData("The boy must be returned to his father by [|Jan. 14|].", "2000-01-14")]
    [InlineData("He subpoenaed the boy to testify on [|Feb. 10|].", "2000-02-10")]
    [InlineData("The accord was signed on [|Oct. 23|].", "1999-10-23")]
    [InlineData("He was indicted [|last Oct. 23|] in absentia.", "1999-10-23")]
    [InlineData("The trust created an office of the chairman, effective [|Feb. 1|].", "2000-02-01")]
    [InlineData("Stocks rose 72.24 points to 8,189.49, near the record set on [|Aug. 6|].", "1999-08-06")]
    [InlineData("The vote comes [|next Feb. 10|].", "2000-02-10")]
    [InlineData("The boy will testify [|the week of March 6|].", "2000-W10")]
    public void A_month_and_day_take_the_year_the_sentence_points_to_unless_it_says(string markup, string value) =>
        Assert.Equal([value], Values(markup, Testers.PublishedOn("2000-01-07")));

    [Theory]
    [InlineData("The carrier has been on patrol since [|March|] and is scheduled to return to port.", "1990-03", "1990-08-13")]
    [InlineData("Investigators have been searching for him since shortly after the [|Oct. 23|] slaying.", "1998-10-23", "1999-05-06")]
    public void Since_and_the_present_perfect_look_back(string markup, string value, string published) =>
        Assert.Equal([value], Values(markup, Testers.PublishedOn(published)));

    [Theory]
    [InlineData("Castro attended a rally [|Thursday|] by media workers.", "2000-01-06")]
    [InlineData("The group would be ready to leave as soon as [|Tuesday|].", "2000-01-11")]
    [InlineData("Officials said [|Monday|] they will appeal.", "2000-01-03")]
    [InlineData("The team planned to leave Nairobi on [|Thursday|] for Dar es Salaam.", "2000-01-13")]
    [InlineData("On [|Friday|], the government planned to pay the first claims.", "2000-01-07")]
    [InlineData("The bid had been due to expire [|Thursday|].", "2000-01-06")]
    public void A_weekday_goes_the_way_of_its_verb(string markup, string value) =>
        Assert.Equal([value], Values(markup, Testers.PublishedOn("2000-01-07")));

    [Theory]
    [InlineData("The relatives were given until [|9 a.m. Tuesday|] to sign the paper.", "2000-04-04T09:00")]
    [InlineData("The father will leave at dawn ([|4 a.m. EDT Thursday|]), Castro said.", "2000-04-06T04:00")]
    [InlineData("Officials postponed until [|Tuesday|] any action on the boy's case.", "2000-04-04")]
    [InlineData("Until [|Thursday|], they had not called him a suspect.", "2000-03-30")]
    public void A_deadline_points_ahead_and_an_abbreviation_does_not_end_the_sentence(string markup, string value) =>
        Assert.Equal([value], Values(markup, Testers.PublishedOn("2000-04-03")));

    [Theory]
    [InlineData("Rebels attacked the town over [|the weekend|], officials said.", "1990-W32-WE")]
    [InlineData("The two leaders will meet over [|the weekend|].", "1990-W33-WE")]
    public void The_weekend_is_the_one_its_sentence_points_to(string markup, string value) =>
        Assert.Equal([value], Values(markup, Testers.PublishedOn("1990-08-13")));

    [Theory]
    [InlineData("The bomb went off on [|Aug. 7|]. [|Earlier that day|], the embassy had been warned.", "1990-08-07", "1990-08-07")]
    [InlineData("He was arrested on [|Aug. 7|] and charged [|the next day|].", "1990-08-07", "1990-08-08")]
    [InlineData("The company was founded in [|1995|] and listed [|the following year|].", "1995", "1996")]
    [InlineData("Talks began in [|March 1989|] and broke down [|later that month|].", "1989-03", "1989-03")]
    public void That_day_and_the_following_year_count_from_the_mention_before(string markup, string first, string second) =>
        Assert.Equal([first, second], Values(markup, Testers.PublishedOn("1990-08-13")));

    [Theory]
    [InlineData("The plan should save $500 million [|a year|] in costs.", "SET", "P1Y")]
    [InlineData("Qantas will add four flights [|a week|] to Bombay.", "SET", "P1W")]
    [InlineData("The economy created jobs at a rate of 358,000 [|a month|].", "SET", "P1M")]
    [InlineData("Inspectors will finish the work within [|a year|].", "DURATION", "P1Y")]
    [InlineData("The appeal could take as long as [|a month|].", "DURATION", "P1M")]
    public void A_rate_is_a_set(string markup, string type, string value) =>
        Assert.Equal([(type, value)], TypesAndValues(markup));

    /// <summary>A frequency word in a run of capitalised words names a paper, a show or a review; alone it is a set.</summary>
    [Theory]
    [InlineData("The mayor told the Harbour Daily that the ferry would run again.")]
    [InlineData("She writes for Garden Weekly and teaches on weekends.")]
    [InlineData("Rivers Monthly Review ran the story first.")]
    public void A_frequency_word_in_a_name_is_no_set(string text) =>
        Testers.Dates.AssertMarkup(text, Testers.PublishedOn("1990-08-13"));

    /// <summary>A weekday after <c>the</c> that opens a run of capitalised words names a paper; a month or a part of the day after it keeps it a date.</summary>
    [Theory]
    [InlineData("He wrote for the Sunday Times before the war.")]
    [InlineData("The story ran in the Saturday Review first.")]
    public void A_weekday_opening_a_title_is_no_date(string text) =>
        Testers.Dates.AssertMarkup(text, Testers.PublishedOn("1990-08-13"));

    /// <summary>A capitalised day word after a capitalised word ends a name (a paper, a programme); in a headline's capitals it is a date.</summary>
    [Theory]
    [InlineData("He told USA TODAY on [|Monday|].", "1989-10-23")]
    [InlineData("Trump told NBC's Today show he would run again on [|Monday|].", "1989-10-30")]
    [InlineData("She appeared on The Tonight Show and on CBS This Morning on [|Monday|].", "1989-10-23")]
    public void A_day_word_ending_a_name_is_no_date(string markup, string value) =>
        Assert.Equal([("DATE", value)], TypesAndValues(markup));

    [Fact]
    public void A_capitalised_unit_after_a_lower_case_word_is_no_title() =>
        Assert.Equal([("DATE", "1989")], TypesAndValues("Shootings Rise in Chicago [|this Year|].\n\nThe police said so."));

    [Fact]
    public void A_day_word_in_a_headline_in_capitals_stays_a_date() =>
        Assert.Equal([("DATE", "1989-10-27"), ("DATE", "1989-10-26")], TypesAndValues("Work Starts [|Tomorrow|], But For [|Today|], Congratulations.\n\nThe talks went on."));

    [Theory]
    [InlineData("They met the [|Friday|] before the vote.", "1989-10-20")]
    [InlineData("He left [|Sunday night|] for Paris.", "1989-10-22")]
    public void A_weekday_outside_a_title_stays_a_date(string markup, string value) =>
        Assert.Equal([("DATE", value)], TypesAndValues(markup));

    [Theory]
    [InlineData("The ferry runs [|daily|] from the harbour.", "P1D")]
    [InlineData("[|Weekly|] checks found nothing.", "P1W")]
    public void A_frequency_word_alone_is_a_set(string markup, string value) =>
        Assert.Equal([("SET", value)], TypesAndValues(markup));

    [Fact]
    public void That_day_with_no_mention_before_is_not_a_date() =>
        Testers.Dates.AssertMarkup("He hopes that day will come soon.", Testers.PublishedOn("1990-08-13"));

    [Theory]
    [InlineData("Prices rose [|2 1/2 years|] in a row.", "P2Y6M")]
    [InlineData("The climb took [|a minute and a half|].", "PT1M30S")]
    [InlineData("The strike lasted [|two decades|].", "P20Y")]
    [InlineData("He served [|nearly four years|] in office.", "P4Y")]
    [InlineData("The strike could last [|two more weeks|].", "P2W")]
    [InlineData("The lender gave him [|an additional year|] to pay.", "P1Y")]
    [InlineData("The talks collapsed [|a week or so ago|].", "1989-W42")]
    [InlineData("The maker has had losses in [|the past two quarters|].", "P2Q")]
    [InlineData("Margins peaked [|two quarters ago|].", "1989-Q2")]
    [InlineData("The city was founded [|2100 years ago|].", "PAST_REF")] // before the year 1: the past, not a failure
    [InlineData("The rock formed [|9999 centuries ago|].", "PAST_REF")]
    [InlineData("The government sold its stake in [|1984|] -- a nationalist practice.", "1984")]
    [InlineData("[|Three days|] later, the index fell again.", "P3D")]
    [InlineData("The inquiry is approaching the [|two-year|] mark.", "P2Y")]
    public void Durations_in_every_form(string markup, string value) => Assert.Equal([value], Values(markup, October26));

    [Theory]
    [InlineData("The fund lost two thousand and two hundred pounds.")]
    [InlineData("The 6-year-old boy was found safe.")]
    [InlineData("May the best candidate win, the senator said.")]
    [InlineData("Jan Kowalski said the company would recover.")]
    [InlineData("Prices fall when supply rises.")]
    [InlineData("The unit was formerly part of Texaco.")]
    [InlineData("Iraq controls three-quarters of the border.")]
    [InlineData("Cash is more than a quarter of its assets.")]
    [InlineData("The firm has led the market for a quarter century.")]
    [InlineData("The company moved from a fiscal year to a calendar year.")]
    [InlineData("Mr. Schwarz, 52 years old, will succeed him.")]
    [InlineData("The segment on the senator starts at about the 7 minute mark of the video.")]
    [InlineData("She crossed the 30-second mark with the lead.")]
    [InlineData("A second group of directors opposed the offer.")]
    [InlineData("The index shed 47.3 points to close at 2082.1.")]
    [InlineData("Baker said on ABC's \"This Week\" that the talks had failed.")]
    [InlineData("Gonzalez said on CBS's \"60 Minutes\" that he wanted his son back.")]
    public void Not_temporal_expressions(string text) => Testers.Dates.AssertMarkup(text, October26);

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31")]
    public void A_publication_date_at_the_ends_of_the_calendar_anchors_nothing_and_throws_nothing(string published)
    {
        var result = Testers.Dates.AssertMarkup("The minister said on [|Friday|] that talks would resume next week.", Testers.PublishedOn(published));

        Assert.All(result.Annotations.Where(a => a.Kind == "date"), a => Assert.Equal("none", a.Attributes.GetString("anchor_source")));
    }

    [Fact]
    public void Seed_dates_with_captions_kept_in_the_clean_view()
    {
        var tester = AnalyserTester.Create(DocAnalysis.Plugins.Dates.DateNormaliser.Id, Startups(), new Dictionary<string, string?>
        {
            ["credit-line-stripper:strip:0"] = "credit",
            ["credit-line-stripper:strip:1"] = "boilerplate",
        });
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_84e80f0de9e2c5de.txt"));

        var values = tester.Analyse(seed).Annotations.Where(a => a.Kind == "date").ToDictionary(a => seed[a.Span.Start..a.Span.End], a => a.Attributes.GetString("value"));

        Assert.Equal("2017-04-26T16:55+03:00", values["16:55 GMT +326 April 2017"]);
        Assert.Equal("2013-09-17", values["Tuesday, Sept. 17, 2013"]);
        Assert.Equal("2016-10-23", values["October 23, 2016"]);
        Assert.Equal("2017-04-25", values["April 25"]);
        Assert.Equal("2017-04-21", values["Last Friday"]);
        Assert.Equal("2017-04-21", values["Friday"]);
        Assert.Equal("PXDE", values["decades"]);
    }

    [Fact]
    public void A_seed_without_any_date_keeps_its_weekday_underspecified_unless_a_reference_date_is_given()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "002_cf69e7b52cfd4b78.txt"));

        string Monday(DocumentMetadata metadata) => Testers.Dates.Analyse(seed, metadata).Annotations.Single(a => a.Kind == "date" && seed[a.Span.Start..a.Span.End] == "Monday").Attributes.GetString("value")!;

        Assert.Equal("XXXX-WXX-1", Monday(DocumentMetadata.Empty));
        Assert.Equal("2017-05-15", Monday(new DocumentMetadata { ReferenceDate = new PublicationDate(new DateOnly(2017, 5, 17)) }));
    }

    private static IPluginStartup[] Startups() => [new DocAnalysis.Plugins.CreditLines.Startup(), new DocAnalysis.Plugins.Dates.Startup()];
}
