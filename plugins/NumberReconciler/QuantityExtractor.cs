using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>Finds numerals and number words with their qualifier and unit; skips years, times, dates and model names.</summary>
internal static class QuantityExtractor
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than", "that", "which", "who", "were", "was", "is", "are", "had",
        "have", "has", "be", "been", "will", "would", "could", "should", "said", "including", "while", "when", "where", "per", "each", "this", "these", "those", "it", "its",
    };

    public static List<Quantity> Extract(string text, IReadOnlyList<TextSpan> dates)
    {
        var found = new List<Quantity>();
        foreach (Match m in NumberPatterns.Numeral().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (dates.Any(d => d.OverlapsWith(span)) || LooksLikeYear(m, text))
            {
                continue;
            }

            var scale = Scale(m.Groups["scale"].Value);
            var low = Parse(m.Groups["number"].Value) * scale;
            var high = m.Groups["high"].Success ? Parse(m.Groups["high"].Value) * scale : low;
            if (high < low)
            {
                continue; // "10-4" and scores are not ranges
            }

            var unit = m.Groups["percent"].Success ? (m.Groups["percent"].Value.Trim(), (TextSpan?)null, "percent")
                : m.Groups["currency"].Success ? (m.Groups["currency"].Value, (TextSpan?)null, Currency(m.Groups["currency"].Value))
                : Noun(text, span.End);
            found.Add(new Quantity(span, low, high, Qualify(text, span.Start, m.Groups["high"].Success), unit.Item1, unit.Item2, unit.Item3));
        }

        foreach (Match m in NumberPatterns.NumberWords().Matches(text))
        {
            var span = new TextSpan(m.Index, m.Length);
            if (found.Any(q => q.Span.OverlapsWith(span)) || dates.Any(d => d.OverlapsWith(span)) || WordsValue(m) is not { } value)
            {
                continue;
            }

            var qualifier = m.Groups["vague"].Success ? "approximate" : Qualify(text, span.Start, isRange: false);
            var unit = Noun(text, span.End);
            found.Add(new Quantity(span, value, value, qualifier, unit.Unit, unit.Span, unit.Normalised));
        }

        return [.. found.OrderBy(q => q.Span.Start)];
    }

    private static double? WordsValue(Match m)
    {
        if (m.Groups["vague"].Success)
        {
            return m.Groups["vague"].Value.ToLowerInvariant() switch
            {
                "dozens" => 24,
                "scores" => 40,
                "hundreds" => 200,
                "thousands" => 2000,
                "millions" => 2_000_000,
                _ => 2_000_000_000,
            };
        }

        if (m.Groups["half"].Success)
        {
            return 0.5 * Scale(m.Groups["halfscale"].Value);
        }

        var words = m.Groups["words"].Value.ToLowerInvariant();
        if (words is "a" or "an")
        {
            return null; // an article alone counts nothing
        }

        words = Regex.Replace(words, @"^an?\s", "one ", RegexOptions.None, TimeSpan.FromSeconds(1)).Replace('-', ' ');
        if (words.EndsWith(" dozen", StringComparison.Ordinal))
        {
            return words[..^6].TryToNumber(out var dozens, English) ? dozens * 12 : null;
        }

        return words.TryToNumber(out var number, English) ? number : null;
    }

    /// <summary>The qualifier written just before the number.</summary>
    private static string Qualify(string text, int start, bool isRange)
    {
        var window = text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)).ToString();
        if (NumberPatterns.Qualifier().Match(window) is not { Success: true } match)
        {
            return "exact";
        }

        return match.Groups["q"].Value.ToLowerInvariant() switch
        {
            "more than" or "over" or "above" or "exceeding" or "in excess of" or "upwards of" => "more-than",
            "at least" or "no fewer than" or "no less than" or "a minimum of" => "at-least",
            "up to" or "at most" or "no more than" or "a maximum of" or "as many as" => "at-most",
            "under" or "fewer than" or "less than" or "below" => "less-than",
            var q when q.StartsWith("rose", StringComparison.Ordinal) || q.StartsWith("grew", StringComparison.Ordinal) || q.StartsWith("increased", StringComparison.Ordinal)
                || q.StartsWith("climbed", StringComparison.Ordinal) || q.StartsWith("jumped", StringComparison.Ordinal) || q == "gained" => "up",
            var q when q.StartsWith("fell", StringComparison.Ordinal) || q.StartsWith("dropped", StringComparison.Ordinal) || q.StartsWith("declined", StringComparison.Ordinal)
                || q.StartsWith("decreased", StringComparison.Ordinal) || q == "lost" => "down",
            _ => isRange ? "exact" : "approximate",
        };
    }

    /// <summary>The counted noun after the number: up to three words, stopping at function words and punctuation.</summary>
    private static (string? Unit, TextSpan? Span, string? Normalised) Noun(string text, int from)
    {
        var i = from;
        var words = new List<TextSpan>();
        while (words.Count < 3)
        {
            var start = i;
            while (start < text.Length && text[start] is ' ' or '\u00A0')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
            {
                end++;
            }

            if (end == start || !char.IsLetter(text[start]) || StopWords.Contains(text[start..end]) || (words.Count > 0 && char.IsUpper(text[start]) && !char.IsUpper(text[words[0].Start])))
            {
                break;
            }

            words.Add(TextSpan.FromBounds(start, end));
            i = end;
        }

        if (words.Count == 0)
        {
            return (null, null, null);
        }

        var span = TextSpan.FromBounds(words[0].Start, words[^1].End);
        var unit = text[span.Start..span.End];
        var head = text[words[^1].Start..words[^1].End].ToLowerInvariant();
        return (unit, span, head.Singularize(inputIsKnownToBePlural: false));
    }

    private static bool LooksLikeYear(Match m, string text)
    {
        var number = m.Groups["number"].Value;
        if (number.Length != 4 || m.Groups["currency"].Success || m.Groups["scale"].Success || m.Groups["percent"].Success || number[0] is not ('1' or '2'))
        {
            return false;
        }

        var value = int.Parse(number, CultureInfo.InvariantCulture);
        return value is >= 1800 and <= 2100 && Noun(text, m.Index + m.Length).Unit is null;
    }

    private static double Parse(string number) => double.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Scale(string scale) => scale.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1e3,
        "million" or "m" or "mn" => 1e6,
        "billion" or "bn" => 1e9,
        "trillion" => 1e12,
        "hundred" => 1e2,
        "dozen" => 12,
        _ => 1,
    };

    private static string Currency(string symbol) => symbol switch
    {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        _ => "JPY",
    };
}
