using System.Globalization;
using DocAnalysis.Plugins.Attributions;

namespace DocAnalysis.Plugins.Tests.Attributions;

/// <summary>The compiled cue model the plugin embeds (<c>cue_model.bin</c>) holds the trained text model, weight for weight.</summary>
public sealed class CueModelFileTests
{
    [Fact]
    public void The_compiled_model_has_every_weight_of_the_text_model_in_its_order()
    {
        var expected = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Attributions", "cue_model.tsv"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => (Feature: line[..line.LastIndexOf('\t')], Weight: double.Parse(line[(line.LastIndexOf('\t') + 1)..], CultureInfo.InvariantCulture)))
            .ToList();

        var compiled = CueModel.Weights(Embedded());

        Assert.True(expected.Count > 20_000, $"the text model has {expected.Count} weights");
        Assert.Equal(expected.Count, compiled.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(
                CueModel.Hash(CueModel.FnvOffset, expected[i].Feature) == compiled[i].Key && expected[i].Weight == compiled[i].Value,
                $"weight {i} ({expected[i].Feature} {expected[i].Weight}) differs in {CueModel.ModelFile}: run plugins/AttributionFinder/Lexicon/compile_cue_model.py");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(20)]
    public void A_model_cut_short_is_refused_in_words(int length)
    {
        var model = Embedded()[..length];

        var error = Assert.Throws<InvalidDataException>(() => CueModel.Weights(model));

        Assert.Contains("compile_cue_model.py", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Embedded()
    {
        using var stream = typeof(CueModel).Assembly.GetManifestResourceStream(CueModel.ModelFile)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
