using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests.CreditLines;

/// <summary>Properties of the stripper over documents assembled from real-looking lines.</summary>
public sealed class CreditLinePropertyTests
{
    private static readonly string[] Lines =
    [
        "Afghanistan has asked Russia to consider providing logistical support, the spokesman told reporters on Friday.",
        "The death toll then rose to about 135 soldiers, while at least 60 servicemen were injured.",
        "\"We are ready to use any format,\" Lavrov said.",
        "© AP Photo/ Ahmad Jamshid",
        "© AFP 2017/ Thomas WATKINS",
        "Photo: Meg Kinnard, AP",
        "REUTERS/Kevin Lamarque",
        "Russian Foreign Minister Sergei Lavrov",
        "Afghan soldiers patrol in Kabul, Afghanistan, Tuesday, Sept. 17, 2013",
        "Russia Seeks Closer Ties With Afghanistan",
        "A cross-section of the module showing the crew quarters. Credit: ESA",
        "Related: Russia supplies rifles to Afghan police",
        "By Mike Wuerthele and Malcolm Owen",
        "Published 7:07 PM EST Nov 19, 2019",
        "Keyboard",
        "Image 2 of 5",
        "",
        "",
    ];

    /// <summary>A document of 0–40 lines picked from <see cref="Lines"/>.</summary>
    private static Arbitrary<string> Documents() =>
        Gen.ArrayOf(Gen.Choose(0, Lines.Length - 1)).Select(picks => string.Join("\n", picks.Take(40).Select(i => Lines[i]))).ToArbitrary();

    [Fact]
    public void Stripping_the_clean_view_again_removes_nothing() =>
        Prop.ForAll(Documents(), document =>
        {
            var clean = Testers.CreditLines.Analyse(document).Views.Single().Value;
            return Testers.CreditLines.Analyse(clean).Views.Single().Value == clean;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_clean_view_never_holds_a_doubled_blank_line() =>
        Prop.ForAll(Documents(), document =>
            !Testers.CreditLines.Analyse(document).Views.Single().Value.Contains("\n\n\n", StringComparison.Ordinal)).QuickCheckThrowOnFailure();

    /// <summary>
    /// Locality, which makes the work linear in the text: a line's label depends only on its neighbours, so the
    /// labels of blocks joined by blank lines are the labels of each block, however many blocks there are.
    /// (A line printed twice is no signal, so blocks may repeat lines. The glued-caption rule reads the first line of the
    /// text only; no line here has its shape.)
    /// </summary>
    [Fact]
    public void Blocks_joined_by_blank_lines_are_labelled_as_each_block_alone() =>
        Prop.ForAll(Gen.ArrayOf(Documents().Generator).ToArbitrary(), blocks =>
        {
            var joined = string.Join("\n\n", blocks);
            var expected = new List<(string, int, int)>();
            var offset = 0;
            foreach (var block in blocks)
            {
                expected.AddRange(Labels(block).Select(l => (l.Label, l.Start + offset, l.End + offset)));
                offset += block.Length + 2;
            }

            return Labels(joined).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();

    /// <summary>Article text of the kinds held-out pages lost: paragraphs, one-sentence paragraphs, list items with quantities and parentheses, title-case sub-headings.</summary>
    private static readonly string[] BodyLines =
    [
        "The council voted on Tuesday to extend the curfew by another two weeks, citing a rise in hospital admissions.",
        "\"We will not stop until every family has a roof,\" the mayor told residents at the meeting.",
        "Prices rose again in March.",
        "2 cups of sugar (400 g)",
        "1 lemon, juiced",
        "3 tablespoons of pectin (45 ml)",
        "Group A: Germany, France, Portugal (3 points each)",
        "Provided The Weather Holds, The Launch Goes Ahead On Friday",
        "Core the pears and cut them into cubes. Add the juice of one lemon and bring to the boil.",
        "She scored 1 goal and made 5 saves in the second half.",
        "",
    ];

    /// <summary>
    /// Body first: a document of article lines alone, with no credit, caption or boilerplate signal, keeps every line in
    /// the clean view (blank lines at the start and doubled blank lines aside, which the view never keeps).
    /// </summary>
    [Fact]
    public void The_clean_view_keeps_every_line_of_a_document_without_credit_caption_or_boilerplate_signals() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, BodyLines.Length - 1)).ToArbitrary(), picks =>
        {
            // Lines may repeat: repetition alone is never evidence against a line (a live blog repeats its updates).
            var document = string.Join("\n", picks.Take(40).Select(i => BodyLines[i]));
            var clean = Testers.CreditLines.Analyse(document).Views.Single().Value;
            return clean.Split('\n').Where(l => l.Length > 0).SequenceEqual(document.Split('\n').Where(l => l.Length > 0));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("A/B/C/D/E/F/G/H/I/J/K/L/M/N/O/P/Q/R/S/T/U/V/W/X/Y/Z/", 400)]
    [InlineData("Credit: ", 2000)]
    [InlineData("(Photo by ", 2000)]
    [InlineData("Xx Yy ", 2000)]
    [InlineData(", Tuesday, Sept. 17, 2013 ", 500)]
    public void Adversarial_lines_do_not_make_the_rules_backtrack(string piece, int times)
    {
        var line = string.Concat(Enumerable.Repeat(piece, times));

        var result = Testers.CreditLines.Analyse($"Body text.\n{line}\nMore body text.\n{line[..Math.Min(line.Length, 900)]}");

        Assert.Empty(result.Diagnostics);
    }

    private static IEnumerable<(string Label, int Start, int End)> Labels(string document) =>
        Testers.CreditLines.Analyse(document).Annotations.Select(a => (a.Attributes.GetString("label")!, a.Span.Start, a.Span.End));
}
