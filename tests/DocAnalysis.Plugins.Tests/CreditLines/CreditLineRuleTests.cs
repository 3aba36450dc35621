using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.CreditLines;

/// <summary>One test per rule family of the stripper, each with a line shaped like those news sites print.</summary>
public sealed class CreditLineRuleTests
{
    private const string Before = "The agency said the findings would be published next year in a peer-reviewed journal, pending a final review.\n\n";
    private const string After = "\n\nScientists expect the first results of the mission to arrive early next spring, the agency added on Monday.";

    private static void Strip(string markup) => Testers.CreditLines.AssertMarkup(Before + markup + After);

    [Theory]
    [InlineData("[|Beijing Chaoyang Hospital, where plague-infected people sought treatment|] [|Credit: EPA|]")]
    [InlineData("[|Scooter Braun and Scott Borchetta pose for a photo in Montecito, California.|] [|(Photo by Kevin Mazur/Getty Images for Ithaca Holdings)|]")]
    [InlineData("[|The core stage of the first SLS at Michoud Assembly Facility.|] [|(credit: NASA/Jude Guidry)|]")]
    [InlineData("[|Jewels after Jewels after Jewels, installation views,|] [|photos © Inexhibit, 2018|]")]
    [InlineData("[|Rep. Ilhan Omar, D-Minn., speaks at the Capitol on July 25, 2019.|] [|J. Scott Applewhite / AP file|]")]
    [InlineData("[|U.S. states where marijuana has been legalized for recreational use.|] [|Getty|]")]
    [InlineData("[|The first global geologic map of Titan.|] [|(NASA/JPL-Caltech/ASU)|]")]
    [InlineData("[|Volunteers clear the flooded underpass on Tuesday.|] [|Photograph: Ana Ruiz for the Observer|]")]
    [InlineData("[|The new ferry terminal on the north shore, Ore.|] [|(AP)|]")]
    public void A_credit_after_its_caption_on_one_line(string markup) => Strip(markup);

    /// <summary>
    /// A credit the scraper glued to its caption, no space after the caption's last sentence: <c>Credit</c> (printed once
    /// or twice), or a photographer and an agency joined by a slash.
    /// </summary>
    [Theory]
    [InlineData("[|Crews repair a burst pipe under the avenue in Harlem.|][|CreditJane Doe/The Daily Courier|]")]
    [InlineData("[|The old mill reopened as a museum in 2021.|][|CreditCreditLi Wei/EPA, via Shutterstock|]")]
    [InlineData("[|A radio dish under construction in the valley.|][|Credit: Sam Porter/Xinhua/ZUMA|]")]
    [InlineData("[|Protesters gather outside the assembly late on Friday.|][|Kim Lee / AFP - Getty Images|]")]
    public void A_credit_glued_to_its_caption(string markup) => Strip(markup);

    /// <summary>
    /// A credit line of its own: after an opening parenthesis (<c>(Credit: ...)</c>, <c>(All photos: ...)</c>, the
    /// illustrator's <c>(Artist: ...)</c>), a slashed chain whose parts may be a handle in lower case, an agency alone
    /// in capitals or after the picture's year.
    /// </summary>
    [Theory]
    [InlineData("[|(Credit: Maria Lopez / Harbour Weekly)|]")]
    [InlineData("[|(All photos: Harbour Weekly staff)|]")]
    [InlineData("[|(Artist: Nightowl77)|]")]
    [InlineData("[|tomkat/iStock/Getty Images|]")]
    [InlineData("[|GETTY IMAGES|]")]
    [InlineData("[|PA|]")]
    [InlineData("[|2014 Getty Images|]")]
    public void A_credit_line_of_its_own(string markup) => Strip(markup);

    [Theory]
    [InlineData("[|An artist's concept of a Ceres Robotics moon lander on the moon's surface.|]")]
    [InlineData("[|This satellite image from NASA's worldview satellite shows fires detected near Delhi.|]")]
    [InlineData("[|In this Nov. 3, 2019, file photo, protesters march through central Hong Kong.|]")]
    [InlineData("[|Sheikh Mohammed bin Rashid Al Maktoum, center, tours the pavilion with officials.|]")]
    [InlineData("[|Neil Gaiman and John M. Ford in 2002.|]")]
    [InlineData("[|Former Massachusetts Gov. Deval Patrick, left, speaks with a business owner during a campaign stop, Tuesday, Nov. 19, 2019, in Columbia, S.C.|]")]
    [InlineData("[|Media caption Julian Assange being dragged from the Ecuadorean embassy in London|]")]
    [InlineData("[|In this video still, a rescue team lowers a stretcher down the cliff.|]")]
    public void Caption_language(string markup) => Strip(markup);

    /// <summary>
    /// Body first: lines that read as article text stay whatever else they resemble. A live blog repeats its updates
    /// and a page repeats a pull quote, so a line printed twice is no caption; a paragraph that mentions a picture in a
    /// later sentence, one that opens with a quotation in wire copy's <c>``</c> and <c>''</c>, and a sentence naming
    /// a poll by an agency, whole or broken over two lines by the scraper, are article text.
    /// </summary>
    [Theory]
    [InlineData("The count resumes at nine in the morning in all four districts.\n\nThe count resumes at nine in the morning in all four districts.")]
    [InlineData("Quoting the local police, the Associated Press says the driver fled on foot. A video from 2014 (above) shows the same crossing in daylight.")]
    [InlineData("''Nobody here expected the river to rise this fast,'' the mayor, Ana Ruiz, told reporters, Monday, March 2, 2020, in Lyon.")]
    [InlineData("According to a Reuters/Ipsos survey, most voters have not made up their minds.")]
    [InlineData("According to a\nReuters/Ipsos survey, most voters have not made up their minds.")]
    [InlineData("In a slowing market, builders still expect sales to rise, left and right of the aisle.")]
    [InlineData("Playoff picture: three teams chase the last place")]
    [InlineData("Watching the demand for batteries, the company will study new plants over the next year.")]
    [InlineData("Watchers of the court expect a ruling by June")]
    [InlineData("Latest survey has the mayor pulling even with her rival;")]
    [InlineData("The bank lost ground on Monday.Credit Suisse shares fell 4% in early trading, the exchange said.")]
    public void Article_text_stays_whatever_it_resembles(string line)
    {
        var document = Before + line + After;

        Assert.Equal(document, Testers.CreditLines.AssertMarkup(document).Views.Single().Value);
    }

    [Fact]
    public void A_short_line_set_between_two_paragraphs_is_a_caption() =>
        Testers.CreditLines.AssertMarkup(
            "We spent a week with the new laptop, and while it looks quite familiar from the outside, Apple's new flagship moves the needle forward in a big way for professional users.\n" +
            "[|The slimmer bezels of the 16-inch MacBook Pro|]\n" +
            "Pros who are well-versed in the video space will appreciate one change to the display, which is the ability to choose the refresh rate that matches their footage.");

    [Fact]
    public void A_short_source_under_a_caption_is_a_credit() =>
        Strip("[|This surge in air pollution in Delhi is an alarmingly regular occurrence.|]\n[|Berkeley Earth|]");

    [Theory]
    [InlineData("[|By Mike Wuerthele and Malcolm Owen|]")]
    [InlineData("[|Meg Kinnard and Errin Haines, Associated Press|]")]
    [InlineData("[|Published 7:07 PM EST Nov 19, 2019|]")]
    [InlineData("[|Updated 12:24 am EST, Wednesday, November 20, 2019|]")]
    [InlineData("[|Monday, November 18, 2019|]")]
    [InlineData("[|Image 2 of 5|]")]
    [InlineData("[|6|]")]
    [InlineData("[|Related: The 15 Weirdest Galaxies in Our Universe|]")]
    [InlineData("[|READ MORE: China plague outbreak confirmed: Two diagnosed in Beijing|]")]
    [InlineData("[|Plane passengers quarantined after BUBONIC PLAGUE outbreak [NEWS]|]")]
    [InlineData("[|Fox News’ Jessica Napoli contributed to this report.|]")]
    [InlineData("[|Phil Helsel is a reporter for NBC News.|]")]
    [InlineData("[|Media playback is unsupported on your device|]")]
    [InlineData("[|CLICK HERE TO GET THE FOX NEWS APP|]")]
    [InlineData("[|The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.|]")]
    [InlineData("[|FACEBOOK.|]")]
    [InlineData("[|LETTERS.|]")]
    [InlineData("[|Do you back the new stadium plan? Like the page:|]")]
    [InlineData("[|Listen to the mayor's full interview below:|]")]
    [InlineData("[|Listen to our analysis of the vote in the podcast embedded above.|]")]
    [InlineData("[|Enter your email address:|]")]
    public void Page_boilerplate(string markup) => Strip(markup);

    [Theory]
    [InlineData("More than 600,000 Israelis live in settlements in east Jerusalem and the West Bank.")]
    [InlineData("The raid took place on Tuesday, Sept. 17, 2013.")]
    [InlineData("Keyboard")]
    [InlineData("Posted on social media by the analysts at Digital Foundry, the port runs at a lower resolution.")]
    [InlineData("By contrast, the rival company cut its prices twice last year.")]
    [InlineData("In this case, the court found that the photo had been published without consent.")]
    [InlineData("A FIGHT OVER FUNDING.")]
    [InlineData("Residents who like the page of the council's website can comment there.")]
    [InlineData("Listen to the people of this town, the mayor said.")]
    [InlineData("Enter your email address and the bank sends a code, the complaint says.")]
    public void Article_lines_that_look_like_page_furniture_stay(string line)
    {
        var document = Before + line + After;

        Assert.Equal(document, Testers.CreditLines.AssertMarkup(document).Views.Single().Value);
    }

    [Fact]
    public void A_sentence_quoted_again_between_paragraphs_stays_where_it_stands_in_the_article()
    {
        const string quote = "She added that an appeal against the decision could be made to the attorney general.";
        const string paragraph = "Persson explained that the complainant's evidence had initially been deemed credible and reliable, but further investigations had weakened it considerably over time.";
        var document = "Highlights\n" + quote + "\n\n" + paragraph + "\n\n" + quote + "\n\n" + paragraph;

        var clean = Testers.CreditLines.Analyse(document).Views.Single().Value;

        Assert.Contains(quote, clean, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_configured_labels_are_stripped_and_the_others_are_annotated()
    {
        var tester = Configured(new Dictionary<string, string?> { ["credit-line-stripper:strip:0"] = "credit" });
        const string document = "Talks began.\n\nRussian Foreign Minister Sergei Lavrov\n© Sputnik/ Grigoriy Sisoev\n\nTalks ended.";

        var result = tester.Analyse(document);

        Assert.Equal("Talks began.\n\nRussian Foreign Minister Sergei Lavrov\n\nTalks ended.", result.Views.Single().Value);
        var caption = result.Annotations.Single(a => a.Attributes.GetString("label") == "caption");
        Assert.False(caption.Attributes.GetBoolean("stripped"));
    }

    [Theory]
    [InlineData("credit")]
    [InlineData("caption")]
    [InlineData("boilerplate")]
    public void A_label_left_unstripped_is_annotated_once(string strip)
    {
        var tester = Configured(new Dictionary<string, string?> { ["credit-line-stripper:strip:0"] = strip });
        const string document = "Talks began.\n\nRussian Foreign Minister Sergei Lavrov\n© Sputnik/ Grigoriy Sisoev\n\nTalks ended.\n\nFollow us on Twitter for the latest news.";

        var configured = tester.Analyse(document).Annotations.Select(a => a.Span).ToList();
        var byDefault = Testers.CreditLines.Analyse(document).Annotations.Select(a => a.Span).ToList();

        Assert.Equal(configured.Distinct().Count(), configured.Count);
        Assert.Equal(byDefault, configured);
    }

    [Fact]
    public void An_empty_strip_list_strips_nothing()
    {
        var tester = Configured(new Dictionary<string, string?> { ["credit-line-stripper:strip"] = "" });
        const string document = "Talks began.\n\nRussian Foreign Minister Sergei Lavrov\n© Sputnik/ Grigoriy Sisoev\n\nTalks ended.";

        var result = tester.Analyse(document);

        Assert.Equal(document, result.Views.Single().Value);
        Assert.NotEmpty(result.Annotations);
        Assert.All(result.Annotations, a => Assert.False(a.Attributes.GetBoolean("stripped")));
    }

    [Fact]
    public void A_user_pattern_labels_lines_without_recompiling()
    {
        var tester = Configured(new Dictionary<string, string?>
        {
            ["credit-line-stripper:patterns:0:pattern"] = "Sponsored by .*",
            ["credit-line-stripper:patterns:0:label"] = "boilerplate",
        });

        tester.AssertMarkup("Talks began.\n\n[|Sponsored by Acme Travel|]\n\nTalks ended.");
    }

    [Fact]
    public void An_unknown_label_in_the_options_is_refused_with_the_labels_it_knows() =>
        Assert.Contains("use credit, caption or boilerplate", Assert.Throws<DocAnalysis.Host.EngineSetupException>(() =>
            Configured(new Dictionary<string, string?> { ["credit-line-stripper:strip:0"] = "captions" })).Message, StringComparison.Ordinal);

    /// <summary>The stripper alone, with options as under <c>analysers</c> in docanalysis.json.</summary>
    private static AnalyserTester Configured(Dictionary<string, string?> options) =>
        AnalyserTester.Create(DocAnalysis.Plugins.CreditLines.CreditLineStripper.Id, [new DocAnalysis.Plugins.CreditLines.Startup()], options);

    [Theory]
    [InlineData("[|Protesters outside parliament|]The government has announced new measures to curb inflation, the finance minister said on Tuesday.")]
    [InlineData("[|Rescue workers search the rubble|]At least 40 people were killed when the building collapsed overnight, officials said.")]
    public void A_caption_glued_to_the_first_sentence_is_cut_at_the_case_junction(string markup) =>
        Testers.CreditLines.AssertMarkup(markup + "\n\nThe talks resume next week.");

    [Theory]
    [InlineData("The new PlayStation sold out within hours of going on sale in Tokyo, the company said.")] // a capital inside a capitalised word
    [InlineData("Sales of the iPhone fell for a third quarter in a row, Apple said on Tuesday evening.")] // one letter before the capital
    [InlineData("The minister met reporters.\nProtesters outside parliamentThe government has announced new measures.")] // not the first line
    [InlineData("Protesters outside parliamentThe end")] // no sentence after the junction
    public void Text_without_a_glued_caption_stays(string text) => Testers.CreditLines.AssertMarkup(text + "\n\nThe talks resume next week.");

    [Theory]
    [InlineData("[|© Provided by Acme Media Inc Jane Doe/Reuters|] Engineers finished the new bridge across the river two months ahead of the schedule the city had set.")]
    [InlineData("[|Photo: Jane Doe/AFP|] Thousands of people gathered in the square on Sunday to mark the anniversary of the uprising.")]
    public void A_credit_glued_to_an_article_sentence_goes_alone(string markup) =>
        Testers.CreditLines.AssertMarkup("Bridge opens early\n\n" + markup + "\n\nThe talks resume next week.");

    [Fact]
    public void The_clean_view_keeps_the_sentence_a_credit_was_glued_to()
    {
        const string text = "Bridge opens early\n\nPhoto: Jane Doe/AFP Thousands of people gathered in the square on Sunday to mark the anniversary of the uprising.\n";

        Assert.Equal("Bridge opens early\n\nThousands of people gathered in the square on Sunday to mark the anniversary of the uprising.\n", Testers.CreditLines.Analyse(text).Views.Single().Value);
    }

    [Fact]
    public void A_copyright_notice_in_sentences_is_still_a_whole_line_credit() =>
        Testers.CreditLines.AssertMarkup("The talks resume next week.\n\n[|Copyright © 2019 Acme Media Ltd. All rights reserved. Reproduction of articles, photos or any other content in whole or in part is prohibited.|]");
}
