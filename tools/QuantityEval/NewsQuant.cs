using System.Globalization;
using System.Text.Json;
using DocAnalysis;
using DocAnalysis.Plugins.Dates;
using DocAnalysis.Plugins.Numbers;
using DocAnalysis.Testing;

/// <summary>
/// A NewsQuant development sentence, its gold quantities, and the dates the date normaliser finds in it, which the
/// number reconciler leaves out as it does in a run (durations excepted): the figures match the command line's.
/// </summary>
internal sealed record Sentence(string Name, string Text, List<GoldQuantity> Gold, IReadOnlyList<TextSpan> Dates);

/// <summary>A gold quantity: its value (both ends of a range), and its unit in NewsQuant's normalised names (<c>-</c> for none).</summary>
internal sealed record GoldQuantity(double Low, double High, string Unit);

internal static class NewsQuant
{
    public static List<Sentence> Load(string data)
    {
        var gold = new Dictionary<string, List<GoldQuantity>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(data, "gold.jsonl")).Where(l => l.Length > 0))
        {
            var record = JsonDocument.Parse(line).RootElement;
            var (low, high) = Value(record.GetProperty("value").GetString()!);
            var doc = record.GetProperty("doc").GetString()!;
            if (!gold.TryGetValue(doc, out var quantities))
            {
                gold[doc] = quantities = [];
            }

            quantities.Add(new GoldQuantity(low, high, record.GetProperty("normalized_unit").GetString()!));
        }

        var dates = AnalyserTester.Create(DateNormaliser.Id, [new DocAnalysis.Plugins.CreditLines.Startup(), new DocAnalysis.Plugins.Dates.Startup()]);
        return [.. Directory.GetFiles(Path.Combine(data, "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path);
            var result = dates.Analyse(text, id: name);
            var clean = result.Views.FirstOrDefault(v => v.Key == Views.Clean).Value ?? text;
            if (clean != text)
            {
                // The stripper took something (in this corpus, a whole sentence that is a byline or a teaser): the
                // reconciler reads the clean view, and the dates found on the original do not apply to it.
                return new Sentence(name, clean, gold.GetValueOrDefault(name, []), []);
            }

            var found = result.Annotations.Where(a => a.Kind == Kinds.Date && a.Attributes.GetString("type") != "DURATION");
            return new Sentence(name, text, gold.GetValueOrDefault(name, []), [.. found.Select(a => a.Span)]);
        })];
    }

    /// <summary>The scorer's change mark for a qualifier.</summary>
    public static string Change(string qualifier) => qualifier switch
    {
        "exact" => "=",
        "approximate" => "~",
        "more-than" or "at-least" => ">",
        "less-than" or "at-most" => "<",
        _ => qualifier,
    };

    /// <summary>A value or a range <c>LOW-HIGH</c> (either end may be negative or in exponent form).</summary>
    private static (double Low, double High) Value(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return (value, value);
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '-' && text[i - 1] is not ('e' or 'E')
                && double.TryParse(text[..i], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
                && double.TryParse(text[(i + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var high))
            {
                return (low, high);
            }
        }

        throw new FormatException($"gold value '{text}' is neither a number nor a range");
    }
}
