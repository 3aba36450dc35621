using System.Globalization;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Which of the attributions the rules completed are kept. A logistic model (<c>Lexicon/acceptance_model.tsv</c>,
/// trained on PolNeAR's training split by <c>tools/AttributionAcceptance</c>) gives each one the probability that a
/// reader would call it right, as the scorer does: its cue a gold cue, its source sharing a word with the gold source,
/// its content covering half of the gold content and the gold content half of it. It reads what the rules found, not
/// only the cue: the cue model's score and the cue's words, what kind of source was found and on which side of the cue,
/// the content's length, its first word, whether it is quoted, the word after the cue. An attribution is kept when the
/// probability reaches the threshold chosen by cross-validation on the training split. So a weak cue whose source and
/// content the rules completed well stays (<c>Trump wants to build a wall</c>) and a confident cue the rules left
/// without a source or with a one-word content goes.
/// </summary>
public sealed class Acceptance
{
    internal const string ModelFile = "acceptance_model.tsv";

    private readonly Dictionary<string, double> _weights;

    internal Acceptance(Dictionary<string, double> weights, double threshold)
    {
        _weights = weights;
        Threshold = threshold;
    }

    /// <summary>The probability an attribution needs to be kept.</summary>
    public double Threshold { get; }

    /// <summary>The model embedded in the plugin.</summary>
    public static Acceptance LoadEmbedded()
    {
        using var stream = Embedded.Open(ModelFile, "acceptance model");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Reads a model written by <see cref="Write"/>: comment lines, <c>threshold</c> and its value, then feature and weight per line.</summary>
    internal static Acceptance Read(TextReader reader)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double? threshold = null;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            var value = double.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
            if (line.AsSpan(0, tab) is "threshold")
            {
                threshold = value;
            }
            else
            {
                weights[line[..tab]] = value;
            }
        }

        return new Acceptance(weights, threshold ?? throw new InvalidDataException($"The acceptance model {ModelFile} has no threshold line: run tools/AttributionAcceptance train."));
    }

    /// <summary>Writes the model: a comment, the threshold, then each weight rounded to four places (zeros left out), features in ordinal order.</summary>
    internal static void Write(TextWriter writer, string comment, IReadOnlyDictionary<string, double> weights, double threshold)
    {
        writer.WriteLine($"# {comment}");
        writer.WriteLine(FormattableString.Invariant($"threshold\t{threshold:F4}"));
        foreach (var (feature, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            var rounded = Math.Round(weight, 4);
            if (rounded != 0)
            {
                writer.WriteLine(FormattableString.Invariant($"{feature}\t{rounded:F4}"));
            }
        }
    }

    /// <summary>Whether an attribution is kept.</summary>
    internal bool Accepts(TextLayer layer, Attribution attribution, double cueScore) => Probability(Features(layer, attribution, cueScore)) >= Threshold;

    /// <summary>The probability the model gives an attribution with these features.</summary>
    internal double Probability(List<string> features)
    {
        var z = 0.0;
        foreach (var feature in features)
        {
            z += _weights.GetValueOrDefault(feature);
        }

        return Logistic(z);
    }

    internal static double Logistic(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    /// <summary>
    /// What the model reads of an attribution, in the text layer's tokens: the cue model's score (in steps), the cue's
    /// words, the source's kind (none, a pronoun or <c>who</c>, capitalised, lower case) and side, the content's length
    /// in words, its first word, whether it is quoted, the token after the cue, and pairs of them.
    /// </summary>
    internal static List<string> Features(TextLayer layer, Attribution attribution, double cueScore)
    {
        var text = layer.Text;
        var score = cueScore switch
        {
            < 0.5 => "0",
            < 1 => "0.5",
            < 1.5 => "1",
            < 2 => "1.5",
            < 3 => "2",
            < 5 => "3",
            _ => "5",
        };
        var tokens = layer.Tokens;
        var cue = Words(layer, TokensOf(layer, attribution.Cue));
        var source = attribution.Source is not { } s ? "none"
            : IsLonePronoun(layer, TokensOf(layer, s)) ? "pronoun"
            : char.IsUpper(text[s.Start]) ? "capital" : "lower";
        var side = attribution.Source is { } at ? (at.Start > attribution.Cue.Start ? "after" : "before") : "none";
        var (words, quotes, firstWord) = (0, false, "");
        var (from, to) = attribution.Content is { } c ? TokensOf(layer, c) : (0, 0);
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.IsWord && words++ == 0)
            {
                firstWord = token.Lower;
            }

            quotes |= token.Text is "\"" or "“" or "”" or "``";
        }

        var length = words switch
        {
            0 => "0",
            <= 3 => "1-3",
            <= 10 => "4-10",
            <= 30 => "11-30",
            _ => "31+",
        };
        var quoted = quotes ? "q" : "u";
        var after = layer.TokenAt(attribution.Cue.End);
        var next = after < layer.Tokens.Count ? layer.Tokens[after].Lower : "";
        return
        [
            "b", "s=" + score, "cue=" + cue, "src=" + source, "side=" + side, "len=" + length, "quote=" + quoted, "first=" + firstWord, "next=" + next,
            "s|src=" + score + "|" + source, "s|len=" + score + "|" + length, "src|len=" + source + "|" + length, "cue|src=" + cue + "|" + source,
            "s|quote=" + score + "|" + quoted, "cue|next=" + cue + "|" + next, "side|src=" + side + "|" + source,
        ];
    }

    /// <summary>
    /// The indices of the text layer's tokens inside a span, from the first to past the last (at most 40: a length
    /// bucket needs no more); indices rather than a list, as this runs for every candidate.
    /// </summary>
    private static (int First, int End) TokensOf(TextLayer layer, TextSpan span)
    {
        var (first, tokens) = (layer.TokenAt(span.Start), layer.Tokens);
        var end = first;
        while (end < tokens.Count && tokens[end].End <= span.End && end - first < 40)
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>Whether <paramref name="range"/> is one token, a pronoun or <c>who</c>.</summary>
    private static bool IsLonePronoun(TextLayer layer, (int First, int End) range) =>
        range.End - range.First == 1 && layer.Tokens[range.First].Lower is var word && (WordClasses.Pronouns.Contains(word) || WordClasses.RelativePronouns.Contains(word));

    /// <summary>The lower case of the tokens from <paramref name="range"/>'s first to its end, joined by spaces.</summary>
    private static string Words(TextLayer layer, (int First, int End) range) => range.End - range.First == 1
        ? layer.Tokens[range.First].Lower
        : string.Join(' ', Enumerable.Range(range.First, range.End - range.First).Select(i => layer.Tokens[i].Lower));
}
