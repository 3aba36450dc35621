using System.Text.RegularExpressions;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Unit names: currency symbols and codes, percent, abbreviations and plurals mapped to one canonical singular
/// name per unit (<c>$</c>, <c>US$</c> and <c>dollars</c> are <c>dollar</c>; <c>%</c> and <c>per cent</c> are
/// <c>percentage</c>; <c>mph</c> is <c>mile per hour</c>), in the vocabulary the NewsQuant benchmark uses.
/// </summary>
internal static partial class UnitNames
{
    /// <summary>True for a unit the lexicon knows as written (<c>mph</c>, <c>degrees Celsius</c>, <c>year-old</c>), or a measure noun.</summary>
    public static bool IsKnown(string written) => UnitLexicon.IsKnown(written);

    /// <summary>The canonical name of a unit as written; a noun phrase is singularised word by word at its head.</summary>
    public static string Normalise(string written)
    {
        var unit = written.Trim();
        if (UnitLexicon.Canonical(unit) is { } canonical)
        {
            return canonical;
        }

        // "US fluid ounce", "imperial gallons": the measuring system's name is not part of the unit.
        if (MeasuringSystem().Match(unit) is { Success: true } system)
        {
            return Normalise(unit[system.Length..]);
        }

        // "dollars per barrel", "miles per hour", "barrel-a-day": each side on its own.
        foreach (var joint in (ReadOnlySpan<string>)[" per ", "-per-", "-a-", "/"])
        {
            var per = unit.IndexOf(joint, StringComparison.OrdinalIgnoreCase);
            if (per > 0)
            {
                return Normalise(unit[..per]) + " per " + Normalise(unit[(per + joint.Length)..]);
            }
        }

        if (unit.Length == 0 || !char.IsLetter(unit[^1]))
        {
            return unit;
        }

        // A counted noun phrase: singularise its last word ("FA Cup finals" → "FA Cup final"), proper plurals stay ("Americans", "Dallas").
        var space = unit.LastIndexOf(' ');
        var head = unit[(space + 1)..];
        if (char.IsUpper(head[0]) && space < 0)
        {
            return unit;
        }
        var singular = (char.IsUpper(head[0]) ? null : UnitLexicon.Canonical(head)) ?? Plurals.Singular(head); // "World Cups" are not kitchen cups
        return (space < 0 ? "" : unit[..(space + 1)]) + singular;
    }

    /// <summary>The currency of a mark written before a number, and the mark's length, or null.</summary>
    public static (string Currency, int Length)? CurrencyBefore(string text, int numberStart)
    {
        foreach (var (mark, currency) in Currencies.Marks)
        {
            if (mark == "R" && !MoneyShaped(text, numberStart))
            {
                continue;
            }

            var start = numberStart - mark.Length;
            var spaced = start - 1;
            if (start >= 0 && string.CompareOrdinal(text, start, mark, 0, mark.Length) == 0 && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return (currency, mark.Length);
            }

            if (spaced >= 0 && text[numberStart - 1] == ' ' && string.CompareOrdinal(text, spaced, mark, 0, mark.Length) == 0 && (spaced == 0 || !char.IsLetter(text[spaced - 1])))
            {
                return (currency, mark.Length + 1);
            }
        }

        return null;
    }

    /// <summary>A currency sign written after the number, as much of Europe writes it (<c>1,200€</c>, <c>50 £</c>): the currency, the sign and the length taken.</summary>
    public static (string Currency, string Sign, int Length)? CurrencyAfter(string text, int numberEnd)
    {
        var at = numberEnd < text.Length && text[numberEnd] == ' ' ? numberEnd + 1 : numberEnd;
        if (at >= text.Length || (at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1])))
        {
            return null;
        }

        foreach (var (mark, currency) in Currencies.Marks)
        {
            if (mark.Length == 1 && !char.IsLetter(mark[0]) && text[at] == mark[0])
            {
                return (currency, mark, at + 1 - numberEnd);
            }
        }

        return null;
    }

    /// <summary>A figure written as an amount of money: thousands grouped, a decimal part, or a scale (<c>1,200</c>, <c>3.5bn</c>, <c>50 million</c>).</summary>
    private static bool MoneyShaped(string text, int numberStart) => MoneyFigure().Match(text, numberStart) is { Success: true } m && m.Index == numberStart;

    [GeneratedRegex(@"\G[0-9]{1,3}(?:(?:,[0-9]{3})+(?:\.[0-9]+)?|\.[0-9]+|(?:\.[0-9]+)?\s?(?:bn|billion|m|mn|million|k|tn|trillion)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoneyFigure();

    [GeneratedRegex(@"^(?:US|U\.S\.|UK|imperial)\s(?:fluid\s)?(?=\p{Ll})|^fluid\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MeasuringSystem();
}
