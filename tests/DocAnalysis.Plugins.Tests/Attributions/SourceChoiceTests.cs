using DocAnalysis.Plugins.Attributions;

namespace DocAnalysis.Plugins.Tests.Attributions;

/// <summary>The source model: its choices, that an untrained model keeps the rules' source, and what the shipped weights choose.</summary>
public sealed class SourceChoiceTests
{
    // "In a statement" 0-14 taken by the rules, cue "said" 53-57, content 58-end.
    private const string Statement = "In a statement, Florida Governor Maria Lopez (D) said the state would appeal the ruling.";

    private static Attribution Ruled => new(new TextSpan(0, 14), TextSpan.FromBounds(49, 53), TextSpan.FromBounds(54, Statement.Length - 1), null);

    [Fact]
    public void The_choices_are_the_rules_source_none_and_the_names_pronouns_and_heads_outside_cue_and_content()
    {
        Assert.Equal("said", Statement[49..53]);

        var choices = SourceChoices.Candidates(TextLayer.Create(Statement), Ruled).Select(c => c is { } s ? Statement[s.Start..s.End] : null).ToList();

        Assert.Equal(["In a statement", null, "statement", "Florida Governor Maria Lopez", "D"], choices);
    }

    [Fact]
    public void An_untrained_model_keeps_the_rules_source()
    {
        var ruled = Ruled;

        Assert.Same(ruled, new SourceChoices([]).Revise(TextLayer.Create(Statement), ruled));
    }

    [Fact]
    public void The_best_scored_choice_wins()
    {
        var names = new SourceChoices([KeyValuePair.Create("k\tname", 1.0), KeyValuePair.Create("k|prev\tname\t(", -5.0)]);

        var chosen = names.Revise(TextLayer.Create(Statement), Ruled).Source!.Value;

        Assert.Equal("Florida Governor Maria Lopez", Statement[chosen.Start..chosen.End]);
    }

    [Theory]
    [InlineData("In a statement, Florida Governor Maria Lopez said the state would appeal the ruling.", "Florida Governor Maria Lopez")]
    [InlineData("He tried, perhaps by arguing that the plan was legal, to win time.", "He")]
    public void The_shipped_model_finds_the_speaker_past_an_opening_phrase(string text, string source)
    {
        var found = Assert.Single(Testers.Attributions.Analyse(text).Annotations, a => a.Kind == "attribution");

        Assert.Equal(source, found.Attributes.GetSpan("source") is { } s ? text[s.Start..s.End] : null);
    }
}
