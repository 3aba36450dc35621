using DocAnalysis.Testing;

namespace DocAnalysis.Plugins.Tests.Numbers;

/// <summary>
/// Which figures state one fact, each family of plugins/NumberReconciler/Grouping/Links.cs and each mistake a reader
/// found on real news, in sentences of their own: a unit alone is never evidence.
/// </summary>
public sealed class GroupingTests
{
    private static List<Annotation> Groups(string text) =>
        [.. Testers.Numbers.Analyse(text, Testers.PublishedOn("2017-04-26")).Annotations.Where(a => a.Kind == "quantity-group")];

    private static List<string> Members(string text, Annotation group) =>
        [.. group.Attributes.GetList("members")!.Cast<AnnotationAttributes>().Select(m => m.GetSpan("span")!.Value).Select(s => text[s.Start..s.End])];

    [Theory]
    [InlineData("Acme bought a 51% stake in Beta last year. Gamma keeps a 25% ownership in the venture. Shares took a 38% jump on Monday, after a 63% rise in profit.")]
    [InlineData("The shares were priced at 1,200 yen. The lender booked a loss of 3.5 billion yen, and its liabilities reached 80 billion yen.")]
    [InlineData("The city spent $2 million on roads this spring. A donor gave $5 million to the museum.")]
    [InlineData("In 2015, gunmen killed 130 people in Paris. On Tuesday, a bomber killed 22 people in Manchester.")]
    [InlineData("Three people were killed in the first attack. Nine people were killed in the second.")]
    [InlineData("\"You don't see her for four days, five days,\" he said.")]
    [InlineData("The attack killed 40 people. The government will pay $5 million to the families of those killed.")]
    [InlineData("The government planned to pay the first 32 death claims on Friday. The bombing killed 259 people.")]
    [InlineData("The law would ask for five years of returns. The contract runs for five years.")]
    [InlineData("The top 1 percent gained most from the plan. The top 1 percent also paid more tax.")]
    [InlineData("The 486 chip ships in May. Intel said the 486 chip has bugs.")]
    [InlineData("Workers joined the Fight for 15 Movement in May. The Fight for 15 Movement rallied again in June.")]
    [InlineData("Profit rose to $180 million from $155 million. The other segment earned $155 million.")]
    [InlineData("PolitiFact rated 32% of Republican claims false, compared to 11% of Democratic claims. It rated 22% of Democratic claims true, compared to 11% of Republican claims.")]
    [InlineData("\"I like him,\" said Mona Lamberson, 59, of Philadelphia. \"I never trusted her,\" said Robert Stone, a 59-year-old from Ohio.")]
    [InlineData("The Super PAC raised more than $100 million. The campaign has about $100 million left.")]
    [InlineData("Even on age, Marco Rubio (44 years old) and Ted Cruz (45) are among the youngest contenders.")]
    [InlineData("Le Pen topped a poll with as much as 30% for the first round. Some supporters stayed home hoping turnout would drop below the 30% threshold.")]
    [InlineData("A third of independents, 33%, say they feel that way. For Clinton, a former secretary of State, 33% would be scared.")]
    [InlineData("The mayor got 51% of the vote despite spending $102 million ($174 a vote).")]
    [InlineData("Party insiders will select 27 delegates on Saturday. The party meets next week to select a separate set of 27 at-large delegates.")]
    [InlineData("Its allies hold nearly 50% of the group's capital. Allianz paid for most of the 50% stake it agreed to buy.")]
    [InlineData("The scholar leaves behind a wife and four children in France. His neighbour leaves behind four other children and nine grandchildren.")]
    public void Figures_of_different_facts_form_no_group(string text) => Assert.Empty(Groups(text));

    [Fact]
    public void A_part_is_not_grouped_with_a_toll_and_a_figure_alone_forms_no_group()
    {
        const string text = "The blast killed 259 people, including 12 Americans, and injured more than 5,500.";

        Assert.Empty(Groups(text));
    }

    [Fact]
    public void A_conversion_in_parentheses_restates_its_figure()
    {
        const string text = "Police found more than 1,300 pounds (600 kilograms) of explosives in a car.";

        var group = Assert.Single(Groups(text));

        Assert.Equal(["1,300", "600"], Members(text, group));
        Assert.Equal("consistent", group.Attributes.GetString("status"));
        Assert.Equal("over 1,300 pounds is restated as over 600 kilograms.", group.Attributes.GetString("explanation"));
    }

    [Fact]
    public void A_small_figure_said_again_as_a_known_one_is_one_fact()
    {
        const string text = "Two hedge fund billionaires paid for the ads against her. Those two billionaires live in New York.";

        var group = Assert.Single(Groups(text));

        Assert.Equal(["Two", "two"], Members(text, group));
        Assert.Equal("2 mentions of Two hedge fund billionaires agree.", group.Attributes.GetString("explanation"));
    }

    /// <summary>
    /// A small figure said again with two of the same content words around it is one fact, also when one counts a noun
    /// the other's unit names (<c>billionaires</c>, <c>billionaire hedge fund managers</c>).
    /// </summary>
    [Theory]
    [InlineData("As part of the deal, the miners' union invested $10 million in the mine. Later the coal miners' union invested $10 million and took a stake.", "$10 million")]
    [InlineData("The attack ads were paid for by two hedge fund billionaires. \"The attack ads were paid for by two billionaire hedge fund managers,\" she said.", "two")]
    public void A_small_figure_said_again_in_the_same_words_around_it_is_one_fact(string text, string figure) =>
        Assert.Equal([figure, figure], Members(text, Assert.Single(Groups(text))));

    [Fact]
    public void A_figure_of_several_digits_said_again_is_one_fact()
    {
        const string text = "The report runs to 28 pages on the attacks. Congress may release 28 pages next month.";

        Assert.Single(Groups(text));
    }

    [Fact]
    public void The_headline_figure_and_its_first_echo_in_the_body_are_one_fact()
    {
        const string text = "Verizon and striking unions reach four-year deal.\n\nThe deal, announced Friday, would last four years.\n\nIt must be approved by members, who will vote in four years' time on the next.";

        var group = Assert.Single(Groups(text));

        Assert.Equal(["four", "four"], Members(text, group));
        Assert.True(group.Attributes.GetList("members")![0] is AnnotationAttributes first && first.GetSpan("span")!.Value.End < text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_up_from_an_earlier_one_is_an_update()
    {
        const string text = "The company now plans to pay $42 a share in cash, up from the earlier $20 amount.";

        var group = Assert.Single(Groups(text));

        Assert.Equal("updated", group.Attributes.GetString("status"));
        Assert.Equal("Revised from $20 to $42 a share.", group.Attributes.GetString("explanation"));
    }

    [Fact]
    public void An_initial_toll_that_has_risen_is_an_update()
    {
        const string text = "The death toll in the blast, initially 10, has risen to 12, hospital officials said.";

        var group = Assert.Single(Groups(text));

        Assert.Equal("updated", group.Attributes.GetString("status"));
    }

    [Fact]
    public void Killed_and_injured_tolls_are_apart_and_a_rising_toll_is_an_update()
    {
        const string text = "Officials said over 50 people, including soldiers and civilians, were killed. The death toll then rose to about 135 soldiers, while at least 60 servicemen were injured. Other reports said the death toll rose to 140 people.";

        var group = Assert.Single(Groups(text));

        Assert.Equal("killed", group.Attributes.GetString("measure"));
        Assert.Equal(["50", "135", "140"], Members(text, group));
        Assert.Equal("updated", group.Attributes.GetString("status"));
        Assert.StartsWith("The death toll rose from over 50 (Officials), then about 135 to 140", group.Attributes.GetString("explanation"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tolls_from_several_sources_that_agree_are_consistent()
    {
        const string text = "Police said about 40 people were killed in the blast. Hospital officials said 41 people were killed.";

        Assert.Equal("consistent", Assert.Single(Groups(text)).Attributes.GetString("status"));
    }

    [Fact]
    public void Tolls_that_two_sources_give_and_cannot_both_hold_conflict()
    {
        const string text = "Police said 40 people were killed in the blast. Hospital officials said 90 people were killed.";

        Assert.Equal("conflicting", Assert.Single(Groups(text)).Attributes.GetString("status"));
    }

    [Fact]
    public void A_toll_that_rose_later_is_an_update()
    {
        const string text = "At first 12 people were reported killed. The death toll later rose to 30 people.";

        Assert.Equal("updated", Assert.Single(Groups(text)).Attributes.GetString("status"));
    }

    [Fact]
    public void Seed_000_has_one_killed_group_with_its_four_sources_and_no_group_for_the_lone_injured_figure()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_84e80f0de9e2c5de.txt"));

        var group = Assert.Single(Testers.Numbers.Analyse(seed, new DocumentMetadata()).Annotations, a => a.Kind == "quantity-group");

        var killed = group.Attributes;
        Assert.Equal("killed", killed.GetString("measure"));
        Assert.Equal(["John Thomas, US Central Command spokesperson", "news outlet TOLO", "Other media reports", "Afghan Defense Ministry"], killed.GetList("members")!.Cast<AnnotationAttributes>().Select(m => m.GetString("source")));
        Assert.Equal(["2017-04-21", "PRESENT_REF", "2017-04-21", "2017-04-21"], killed.GetList("members")!.Cast<AnnotationAttributes>().Select(m => m.GetString("time")));
        Assert.Equal("updated", killed.GetString("status"));
        Assert.Equal("The death toll rose from over 50 (John Thomas, US Central Command spokesperson), then about 135 (news outlet TOLO) to 140 (Other media reports), now 140; over 100 (Afghan Defense Ministry) agrees with it.", killed.GetString("explanation"));
    }
}
