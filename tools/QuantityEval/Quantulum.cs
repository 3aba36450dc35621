using System.Globalization;
using System.Text.Json;
using DocAnalysis.Plugins.Numbers;

/// <summary>
/// Scores the extractor on quantulum3's 101 English test sentences (<c>quantities.tests.json</c>, MIT): a gold
/// quantity is found when a quantity overlaps its surface with the same value (a value with an uncertainty is the
/// range it spans, whichever end a range is written from: <c>from -18 °C to -34 °C</c>), and its unit is right when the canonical unit is quantulum3's name, <c>dimensionless</c> being no
/// unit. An independent check of value forms and of unit names by quantulum3's lexicon, which NewsQuant's names follow.
/// </summary>
internal static class Quantulum
{
    public static void Report(string folder, bool show = false)
    {
        var tests = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "quantities.tests.json"))).RootElement.EnumerateArray().ToList();
        int gold = 0, predicted = 0, found = 0, unitRight = 0, unscored = 0, countedNouns = 0;
        foreach (var test in tests)
        {
            var text = test.GetProperty("req").GetString()!;
            var quantities = QuantityExtractor.Extract(DocAnalysis.TextLayer.Create(text), []);
            predicted += quantities.Count;
            var used = new bool[quantities.Count];
            foreach (var expected in test.GetProperty("res").EnumerateArray())
            {
                if (expected.GetProperty("value").ValueKind != JsonValueKind.Number)
                {
                    unscored++; // a quantity quantulum3 gives no value (an unresolved form): nothing to compare
                    continue;
                }

                gold++;
                var value = expected.GetProperty("value").GetDouble();
                var uncertainty = expected.TryGetProperty("uncertainty", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetDouble() : 0;
                var unit = expected.GetProperty("unit").GetString()!;
                var surface = expected.GetProperty("surface").GetString()!;
                var start = text.IndexOf(surface, StringComparison.Ordinal);
                var end = start < 0 ? text.Length : start + surface.Length;
                start = Math.Max(0, start);
                var i = Enumerable.Range(0, quantities.Count).FirstOrDefault(
                    k => !used[k] && quantities[k].Span.Start < end && start < quantities[k].Span.End
                        && Recognizers.Same(value - uncertainty, Math.Min(quantities[k].Low, quantities[k].High)) && Recognizers.Same(value + uncertainty, Math.Max(quantities[k].Low, quantities[k].High)), -1);
                if (i < 0)
                {
                    Show($"missed: '{text}' [{surface}] = {value}±{uncertainty} {unit}; found {string.Join(", ", quantities.Select(q => $"{text[q.Span.Start..q.Span.End]}={q.Low}..{q.High} {q.Unit}"))}");
                    continue;
                }

                used[i] = true;
                found++;
                if ((quantities[i].Unit ?? "dimensionless") == unit)
                {
                    unitRight++;
                }
                else if (unit == "dimensionless" && quantities[i].Unit is { } noun && !UnitNames.IsKnown(noun))
                {
                    countedNouns++; // "50 cars": a counted noun where quantulum3, which has none, says dimensionless
                    Show($"counted: '{text}' [{surface}] want {unit}, got the counted noun {noun}");
                }
                else
                {
                    Show($"unit: '{text}' [{surface}] want {unit}, got {quantities[i].Unit ?? "-"}");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"quantulum3 tests: {tests.Count} sentences, {gold} quantities with a value ({unscored} without); found {found} (value recall {(double)found / gold:0.000}, precision {(double)found / Math.Max(1, predicted):0.000}); unit right for {unitRight} of {found} found ({(double)unitRight / Math.Max(1, found):0.000}); with a counted noun for quantulum3's dimensionless ({countedNouns}) {unitRight + countedNouns} ({(double)(unitRight + countedNouns) / Math.Max(1, found):0.000})"));

        void Show(string line)
        {
            if (show)
            {
                Console.WriteLine("  " + line);
            }
        }
    }
}
