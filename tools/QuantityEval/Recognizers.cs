using System.Globalization;
using System.Text.Json;
using DocAnalysis.Plugins.Numbers;

/// <summary>
/// Scores the extractor on Recognizers-Text's English specs, one family per file: a gold result is found when a
/// quantity overlaps its characters with the same value (both ends of a range; an open end is not compared), and its
/// unit is right when the canonical unit is Recognizers' unit in this reconciler's names (<see cref="UnitName"/>).
/// Every case counts, <c>NotSupported</c> ones too (they name platforms of Recognizers that fail them, not a
/// different gold). Precision counts every quantity the extractor finds in the family's sentences.
/// </summary>
internal static class Recognizers
{
    public static void Report(string specs, bool show = false)
    {
        Console.WriteLine($"{"family",-12} {"cases",5} {"gold",5} {"found",5}   value P / R / F1      value+unit P / R / F1");
        foreach (var path in Directory.GetFiles(specs, "*.json").Order(StringComparer.Ordinal))
        {
            var family = Path.GetFileNameWithoutExtension(path).Replace("Model", "", StringComparison.Ordinal);
            var cases = JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateArray().ToList();
            int gold = 0, predicted = 0, value = 0, unit = 0, withUnit = 0;
            foreach (var @case in cases)
            {
                var input = @case.GetProperty("Input").GetString()!;
                var found = QuantityExtractor.Extract(DocAnalysis.TextLayer.Create(input), []);
                var used = new bool[found.Count];
                predicted += found.Count;
                foreach (var result in @case.GetProperty("Results").EnumerateArray())
                {
                    gold++;
                    var resolution = result.TryGetProperty("Resolution", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
                    var (low, high) = Value(resolution);
                    var expectedUnit = resolution.ValueKind == JsonValueKind.Object && resolution.TryGetProperty("unit", out var u) ? UnitName(family, u.GetString()!) : null;
                    withUnit += expectedUnit is null ? 0 : 1;
                    var (start, end) = (result.GetProperty("Start").GetInt32(), result.GetProperty("End").GetInt32() + 1);
                    var i = Enumerable.Range(0, found.Count).FirstOrDefault(
                        k => !used[k] && found[k].Span.Start < end && start < found[k].Span.End && Same(low, found[k].Low) && Same(high, found[k].High), -1);
                    var text = result.GetProperty("Text").GetString();
                    if (i < 0)
                    {
                        Show($"{family} missed: '{input}' [{text}] = {low}..{high}; found {string.Join(", ", found.Select(f => input[f.Span.Start..f.Span.End] + "=" + f.Low))}");
                        continue;
                    }

                    used[i] = true;
                    value++;
                    if (expectedUnit is not null && found[i].Unit is { } name && (name == expectedUnit || name.EndsWith(" " + expectedUnit, StringComparison.Ordinal)))
                    {
                        unit++;
                    }
                    else if (expectedUnit is not null)
                    {
                        Show($"{family} unit: '{input}' [{text}] want {expectedUnit}, got {found[i].Unit ?? "-"}");
                    }
                }
            }

            var unitScore = withUnit == 0 ? "(no units in this family)" : Prf(unit, predicted, withUnit);
            Console.WriteLine($"{family,-12} {cases.Count,5} {gold,5} {predicted,5}   {Prf(value, predicted, gold)}   {unitScore}");
        }

        void Show(string line)
        {
            if (show)
            {
                Console.WriteLine("  " + line);
            }
        }
    }

    private static string Prf(int hits, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : (double)hits / predicted;
        var r = gold == 0 ? 0 : (double)hits / gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return string.Create(CultureInfo.InvariantCulture, $"{p:0.000} / {r:0.000} / {f:0.000}");
    }

    /// <summary>A value, or a range written <c>[20,30)</c> with either end open (<c>(20,)</c>): null for an open end.</summary>
    private static (double? Low, double? High) Value(JsonElement resolution)
    {
        if (resolution.ValueKind != JsonValueKind.Object || !resolution.TryGetProperty("value", out var v) || v.GetString() is not { Length: > 0 } text)
        {
            return (null, null);
        }

        if (text[0] is '[' or '(')
        {
            var ends = text[1..^1].Split(',');
            return (Number(ends[0]), Number(ends[1]));
        }

        var number = Number(text);
        return (number, number);
    }

    private static double? Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    internal static bool Same(double? expected, double actual) =>
        expected is not { } e || Math.Abs(e - actual) <= 1e-8 + (1e-5 * Math.Abs(e));

    /// <summary>Recognizers' unit name in this reconciler's canonical names (NewsQuant's vocabulary, British spelling).</summary>
    private static string UnitName(string family, string unit) => (family, unit) switch
    {
        ("Age", "Year") => "year of age",
        ("Age", "Month") => "month of age",
        ("Age", "Week") => "week of age",
        ("Age", "Day") => "day of age",
        ("Age", "Age") => "age",
        ("Currency", "Pound" or "British pound") => "pound sterling",
        ("Currency", "United States dollar") => "dollar",
        ("Currency", "Pence") => "penny",
        ("Dimension", "Pound") => "pound-mass",
        (_, "Metric ton") => "tonne",
        (_, "C") => "celsius",
        (_, "F") => "fahrenheit",
        _ => unit.ToLowerInvariant().Replace("meter", "metre", StringComparison.Ordinal).Replace("liter", "litre", StringComparison.Ordinal),
    };
}
