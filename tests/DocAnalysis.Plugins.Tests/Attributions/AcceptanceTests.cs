using DocAnalysis.Plugins.Attributions;

namespace DocAnalysis.Plugins.Tests.Attributions;

/// <summary>The acceptance model: what it reads of an attribution, its file, and what it keeps.</summary>
public sealed class AcceptanceTests
{
    private const string Quoted = "\"We will not abandon Kabul,\" Lavrov said on Friday.";

    [Fact]
    public void It_reads_the_cue_score_the_cue_the_source_the_content_and_the_word_after_the_cue()
    {
        var attribution = new Attribution(new TextSpan(29, 6), new TextSpan(36, 4), new TextSpan(0, 28), null);

        var features = Acceptance.Features(TextLayer.Create(Quoted), attribution, 2.4);

        Assert.Equal(
            ["b", "s=2", "cue=said", "src=capital", "side=before", "len=4-10", "quote=q", "first=we", "next=on", "s|src=2|capital", "s|len=2|4-10", "src|len=capital|4-10", "cue|src=said|capital", "s|quote=2|q", "cue|next=said|on", "side|src=before|capital"],
            features);
    }

    [Fact]
    public void A_written_model_reads_back_with_its_threshold_and_weights_rounded()
    {
        var writer = new StringWriter { NewLine = "\n" };
        Acceptance.Write(writer, "test", new Dictionary<string, double> { ["b"] = -0.51234, ["cue=said"] = 2.0, ["cue=noted"] = 0.00001 }, 0.075);

        Assert.Equal("# test\nthreshold\t0.0750\nb\t-0.5123\ncue=said\t2.0000\n", writer.ToString());
        var model = Acceptance.Read(new StringReader(writer.ToString()));
        Assert.Equal(0.075, model.Threshold);
        Assert.Equal(Acceptance.Logistic(-0.5123 + 2.0), model.Probability(["b", "cue=said", "cue=unknown"]), 12);
    }

    [Fact]
    public void A_model_without_a_threshold_is_refused_in_words()
    {
        var error = Assert.Throws<InvalidDataException>(() => Acceptance.Read(new StringReader("# no threshold\nb\t0.1\n")));

        Assert.Contains("tools/AttributionAcceptance train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_keeps_a_quote_its_named_speaker_said()
    {
        var model = Acceptance.LoadEmbedded();
        var attribution = new Attribution(new TextSpan(29, 6), new TextSpan(36, 4), new TextSpan(0, 28), null);

        Assert.InRange(model.Threshold, 0.01, 0.99);
        Assert.True(model.Accepts(TextLayer.Create(Quoted), attribution, 5.0));
        Assert.Equal("said", Assert.Single(Testers.Attributions.Analyse(Quoted).Annotations, a => a.Kind == "attribution").Attributes.GetSpan("cue") is { } cue ? Quoted[cue.Start..cue.End] : null);
    }
}
