using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.CreditLines;

/// <summary>Each credit form, caption and boilerplate shape with a real-looking line, and lines that must stay.</summary>
public sealed class CreditLineTests
{
    private static void Stripped(string markup) => Testers.CreditLines.AssertMarkup(markup);

    [Theory]
    [InlineData("Kabul talks resumed.\n\n[|© AP Photo/ Ahmad Jamshid|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|© AFP 2017/ Thomas WATKINS|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|Photo: Meg Kinnard, AP|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|REUTERS/Kevin Lamarque|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|Sonu Mehta/Hindustan Times/Getty Images|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|Andrew Harrer | Bloomberg | Getty Images|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|Credit: ESA|]\n\nThe minister spoke.")]
    [InlineData("Kabul talks resumed.\n\n[|(Image credit: NASA/JPL-Caltech)|]\n\nThe minister spoke.")]
    [InlineData("The minister spoke for an hour.\n\n[|Copyright © 2019 The New Arab. All rights reserved.|]")]
    public void A_credit_line_is_found_whatever_its_form(string markup) => Stripped(markup);

    [Fact]
    public void A_credit_at_the_end_of_a_caption_line_splits_into_caption_and_credit()
    {
        var result = Testers.CreditLines.AssertMarkup(
            "The minister spoke for an hour.\n[|Afghan soldiers patrol in Kabul.|] [|(AP Photo/Rahmat Gul, File)|]\nTalks resume on Monday.");

        var labels = result.Annotations.Select(a => a.Attributes.GetString("label"));
        Assert.Equal(["caption", "credit"], labels);
        Assert.Equal("The minister spoke for an hour.\nTalks resume on Monday.", result.Views.Single().Value);
    }

    [Fact]
    public void The_line_above_a_credit_is_its_caption_and_a_headline_below_is_a_teaser()
    {
        var result = Testers.CreditLines.AssertMarkup(
            "Talks began.\n[|Russian Foreign Minister Sergei Lavrov|]\n[|© Sputnik/ Grigoriy Sisoev|]\n[|Russia Seeks Closer Ties With Afghanistan|]\nOther media reports suggested the toll rose.");

        Assert.Equal(["caption", "credit", "boilerplate"], result.Annotations.Select(a => a.Attributes.GetString("label")));
        Assert.Equal("Talks began.\nOther media reports suggested the toll rose.", result.Views.Single().Value);
    }

    [Fact]
    public void An_AP_style_caption_is_found_without_a_credit_beside_it() =>
        Stripped("[|Afghan soldiers prepare to unload a helicopter at Kabul military airport in Kabul, Afghanistan, Tuesday, Sept. 17, 2013|]\n\nThe talks resumed.");

    [Fact]
    public void Publisher_boilerplate_is_found() =>
        Stripped("The talks resumed.\n\n[|• Khaama Press|]\n\n[|The Khaama Press News Agency is the leading and largest English news service for Afghanistan. Send stories to [email protected]|]");

    [Fact]
    public void Parsed_fields_of_a_credit()
    {
        var result = Testers.CreditLines.Analyse("Text.\n\n© AFP 2017/ NOORULLAH SHIRZADA\n\nMore text.");

        var credit = Assert.Single(result.Annotations).Attributes;
        Assert.Equal("AFP", credit.GetString("agency"));
        Assert.Equal("NOORULLAH SHIRZADA", credit.GetString("photographer"));
        Assert.Equal("2017", credit.GetString("year"));
    }

    [Theory]
    [InlineData("The AP reported that the photo was taken in Kabul.")]
    [InlineData("Reuters said the talks would resume on Monday, according to a source.")]
    [InlineData("\"All rights reserved is what the contract said,\" the lawyer told the court.")]
    [InlineData("Photographers and reporters were kept away from the base.")]
    [InlineData("The Afghan security forces received 10,000 assault rifles from Russia.")]
    public void Article_sentences_stay(string line)
    {
        var result = Testers.CreditLines.AssertMarkup(line);

        Assert.Equal(line, result.Views.Single().Value);
    }

    [Fact]
    public void Removing_lines_leaves_no_doubled_blank_lines()
    {
        var result = Testers.CreditLines.Analyse("First paragraph.\n\n© AP Photo/ Ahmad Jamshid\n\nSecond paragraph.");

        Assert.Equal("First paragraph.\n\nSecond paragraph.", result.Views.Single().Value);
    }

    [Fact]
    public void Stripping_the_clean_view_again_removes_nothing()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_84e80f0de9e2c5de.txt"));
        var clean = Testers.CreditLines.Analyse(seed).Views.Single().Value;

        Assert.Equal(clean, Testers.CreditLines.Analyse(clean).Views.Single().Value);
    }

    [Fact]
    public void The_line_model_strips_site_navigation_the_rules_leave_and_keeps_the_article()
    {
        var page = string.Join("\n", "Skip to content", "World", "Business", "Markets", "Technology", "Opinion", "",
            "Floods cut off three villages in the north of the country after a week of heavy rain, rescue teams said on Sunday.", "",
            "The army has sent boats and helicopters to reach families stranded on rooftops, and more rain is forecast.", "",
            "Terms of Use", "Privacy Policy", "Contact Us", "About Us", "Careers");
        var tester = AnalyserTester.Create(DocAnalysis.Plugins.CreditLines.CreditLineStripper.Id, new DocAnalysis.Plugins.CreditLines.Startup(),
            new Dictionary<string, string?> { ["credit-line-stripper:lineModel"] = "true" });

        var clean = tester.Analyse(page).Views.Single().Value;
        var rulesOnly = Testers.CreditLines.Analyse(page).Views.Single().Value;

        Assert.Contains("Privacy Policy", rulesOnly, StringComparison.Ordinal);
        Assert.StartsWith("Floods cut off three villages in the north of the country after a week of heavy rain, rescue teams said on Sunday.\n\n" +
            "The army has sent boats and helicopters to reach families stranded on rooftops, and more rain is forecast.\n", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy Policy", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("Careers", clean, StringComparison.Ordinal);
    }
}
