using DocAnalysis.Plugins.Attributions;

namespace DocAnalysis.Plugins.Tests.Attributions;

/// <summary>The content-end model: which contents it revises, where a content may end, its file, and what the shipped weights do.</summary>
public sealed class ContentEndTests
{
    // cue "hopes" 13-18, content 19-end of the sentence as the rules leave it.
    private const string Hoping = "Party leaders hopes voters see the plan as fair, even as they admit that it costs more.";

    private static Attribution HopingAttribution(int contentEnd) => new(new TextSpan(0, 13), new TextSpan(14, 5), TextSpan.FromBounds(20, contentEnd), null);

    [Fact]
    public void A_content_may_end_after_any_word_or_closing_mark_up_to_its_sentence_end_but_never_after_a_comma()
    {
        var layer = TextLayer.Create(Hoping);
        var range = Assert.IsType<ContentEnds.Range>(ContentEnds.Candidates(layer, HopingAttribution(Hoping.Length)));
        var sink = new EndsSink([]);

        ContentEnds.Walk(layer, HopingAttribution(Hoping.Length), new HashSet<int>(), range, ref sink);

        var ends = sink.Ends.Select(e => Hoping[20..layer.Tokens[e].End]).ToList();
        Assert.Equal("voters see the plan as fair, even as they admit that it costs more.", ends[^1]);
        Assert.Contains("voters see the plan as fair", ends);
        Assert.DoesNotContain(ends, e => e.EndsWith(','));
        Assert.Equal(layer.TokenAt(Hoping.Length - 1), range.Last);
    }

    [Theory]
    [InlineData("\"We will stay,\" Lavrov said.", 15, 19, 0, 14)] // content before its cue
    [InlineData("Lavrov said \"we will stay and fight on.\"", 7, 11, 12, 40)] // a quotation: its marks end it
    [InlineData("Lavrov said no.", 7, 11, 12, 14)] // one word
    public void Contents_before_the_cue_in_quotes_or_of_one_word_are_left_as_the_rules_found_them(string text, int cueStart, int cueEnd, int contentStart, int contentEnd)
    {
        var attribution = new Attribution(null, TextSpan.FromBounds(cueStart, cueEnd), TextSpan.FromBounds(contentStart, contentEnd), null);

        Assert.Null(ContentEnds.Candidates(TextLayer.Create(text), attribution));
        Assert.Same(attribution, ContentEnds.LoadEmbedded().Revise(TextLayer.Create(text), attribution, new HashSet<int>()));
    }

    [Fact]
    public void A_revised_content_keeps_its_start_and_ends_at_the_end_of_a_token()
    {
        var layer = TextLayer.Create(Hoping);

        var revised = ContentEnds.LoadEmbedded().Revise(layer, HopingAttribution(Hoping.Length), new HashSet<int>()).Content!.Value;

        Assert.Equal(20, revised.Start);
        Assert.Contains(revised.End, Enumerable.Range(0, layer.Tokens.Count).Select(i => layer.Tokens[i].End));
    }

    [Fact]
    public void The_best_scored_end_wins_and_the_rules_end_is_a_feature_of_its_own()
    {
        var atFair = Hoping.IndexOf(',', StringComparison.Ordinal);
        var model = ContentEnds.Read(new StringReader("# test\nr\ty\t5.0\nn1\t,\t-1.0\n"));

        Assert.Equal(Hoping.Length, model.Revise(TextLayer.Create(Hoping), HopingAttribution(Hoping.Length), new HashSet<int>()).Content!.Value.End);
        Assert.Equal(atFair, model.Revise(TextLayer.Create(Hoping), HopingAttribution(atFair), new HashSet<int>()).Content!.Value.End);
        var cutting = ContentEnds.Read(new StringReader("# test\nn1\t,\t3.0\n"));
        Assert.Equal(atFair, cutting.Revise(TextLayer.Create(Hoping), HopingAttribution(Hoping.Length), new HashSet<int>()).Content!.Value.End);
    }

    [Fact]
    public void The_marks_that_close_the_last_words_kept_come_along()
    {
        const string Text = "Officials said the talks ended (for now) and the envoys left.";
        var attribution = new Attribution(new TextSpan(0, 9), new TextSpan(10, 4), TextSpan.FromBounds(15, Text.Length), null);
        var model = ContentEnds.Read(new StringReader("# test\nn1\t)\t5.0\n"));

        var content = model.Revise(TextLayer.Create(Text), attribution, new HashSet<int>()).Content!.Value;

        Assert.Equal("the talks ended (for now)", Text[content.Start..content.End]);
    }

    [Fact]
    public void A_written_model_reads_back_with_its_weights_rounded_and_a_feature_of_no_known_kind_is_refused_in_words()
    {
        var writer = new StringWriter { NewLine = "\n" };
        RankingModel.Write(writer, "test", [KeyValuePair.Create("r\ty", 1.23456), KeyValuePair.Create("n1\t,", 0.00001), KeyValuePair.Create("l|n1\tfair\t,", -2.0)]);

        Assert.Equal("# test\nl|n1\tfair\t,\t-2.0000\nr\ty\t1.2346\n", writer.ToString());
        _ = ContentEnds.Read(new StringReader(writer.ToString()));
        var error = Assert.Throws<InvalidDataException>(() => ContentEnds.Read(new StringReader("width\t3\t1.0\n")));
        Assert.Contains("tools/AttributionAcceptance train", error.Message, StringComparison.Ordinal);
    }

    private readonly struct EndsSink(List<int> ends) : IFeatureSink
    {
        public List<int> Ends => ends;

        public void Begin(int choice) => ends.Add(choice);

        public void Add(int feature, Part part)
        {
        }

        public void Add(int feature, Part part, Part second)
        {
        }
    }
}
