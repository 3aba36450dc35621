using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// Unit names: currency symbols and codes, percent, abbreviations and plurals mapped to one canonical singular
/// name per unit (<c>$</c>, <c>US$</c> and <c>dollars</c> are <c>dollar</c>; <c>%</c> and <c>per cent</c> are
/// <c>percentage</c>; <c>mph</c> is <c>mile per hour</c>), in the vocabulary the NewsQuant benchmark uses.
/// </summary>
internal static partial class Units
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Currency marks before a number, longest first, with their currency.</summary>
    public static readonly (string Mark, string Currency)[] CurrencyMarks =
    [
        ("US $", "dollar"), ("HK $", "hong kong dollar"), ("US$", "dollar"), ("$US", "dollar"), ("USD", "dollar"), ("A$", "australian dollar"), ("$A", "australian dollar"), ("AU$", "australian dollar"),
        ("C$", "canadian dollar"), ("NZ$", "new zealand dollar"), ("HK$", "hong kong dollar"), ("S$", "singapore dollar"), ("RM", "malaysian ringgit"),
        ("Rs.", "indian rupee"), ("Rs", "indian rupee"), ("EUR", "euro"), ("GBP", "pound sterling"), ("JPY", "japanese yen"), ("CHF", "swiss franc"),
        ("Y=", "japanese yen"), ("PS", "pound sterling"),
        ("$", "dollar"), ("€", "euro"), ("£", "pound sterling"), ("¥", "japanese yen"), ("₹", "indian rupee"), ("₪", "shekel"),
    ];

    private static readonly Dictionary<string, string> Canonical = WithMetricNames(new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = "percentage",
        ["percent"] = "percentage",
        ["per cent"] = "percentage",
        ["pc"] = "percentage",
        ["percentage"] = "percentage",
        ["percentage point"] = "percentage point",
        ["percentage points"] = "percentage point",
        ["basis point"] = "basis point",
        ["basis points"] = "basis point",
        ["bps"] = "basis point",
        ["dollar"] = "dollar",
        ["dollars"] = "dollar",
        ["euro"] = "euro",
        ["euros"] = "euro",
        ["yen"] = "japanese yen",
        ["pound sterling"] = "pound sterling",
        ["shekel"] = "shekel",
        ["shekels"] = "shekel",
        ["ringgit"] = "malaysian ringgit",
        ["rupee"] = "indian rupee",
        ["rupees"] = "indian rupee",
        ["yuan"] = "chinese yuan",
        ["krone"] = "danish krone",
        ["kroner"] = "danish krone",
        ["Danish crowns"] = "danish krone",
        ["Norwegian crowns"] = "norwegian krone",
        ["Swedish crowns"] = "swedish krona",
        ["Czech crowns"] = "czech koruna",
        ["cent"] = "cent",
        ["cents"] = "cent",
        ["sen"] = "sen",
        ["pence"] = "penny",
        ["p"] = "point",
        ["mph"] = "mile per hour",
        ["miles per hour"] = "mile per hour",
        ["mpg"] = "mile per gallon",
        ["miles per gallon"] = "mile per gallon",
        ["km/h"] = "kilometre per hour",
        ["km/hr"] = "kilometre per hour",
        ["kmh"] = "kilometre per hour",
        ["kph"] = "kilometre per hour",
        ["kilometres per hour"] = "kilometre per hour",
        ["kilometers per hour"] = "kilometre per hour",
        ["km"] = "kilometre",
        ["m"] = "metre",
        ["cm"] = "centimetre",
        ["mm"] = "millimetre",
        ["μm"] = "micrometre",
        ["nm"] = "nanometre",
        ["ft"] = "foot",
        ["feet"] = "foot",
        ["in"] = "inch",
        ["inches"] = "inch",
        ["yd"] = "yard",
        ["mi"] = "mile",
        ["sq ft"] = "square foot",
        ["square feet"] = "square foot",
        ["square miles"] = "square mile",
        ["square metres"] = "square metre",
        ["square meters"] = "square metre",
        ["sq m"] = "square metre",
        ["kg"] = "kilogram",
        ["g"] = "gram",
        ["lb"] = "pound-mass",
        ["lbs"] = "pound-mass",
        ["pounds"] = "pound-mass",
        ["pound"] = "pound-mass",
        ["tonnes"] = "tonne",
        ["tons"] = "ton",
        ["l"] = "litre",
        ["gallons"] = "gallon",
        ["oz"] = "ounce",
        ["ounces"] = "ounce",
        ["pints"] = "pint",
        ["quarts"] = "quart",
        ["kw"] = "kilowatt",
        ["kwh"] = "kilowatt hour",
        ["w"] = "watt",
        ["mw"] = "megawatt",
        ["gw"] = "gigawatt",
        ["hp"] = "horsepower",
        ["bhp"] = "brake horsepower",
        ["mah"] = "milliampere-hour",
        ["hz"] = "hertz",
        ["ghz"] = "gigahertz",
        ["mhz"] = "megahertz",
        ["gpa"] = "gigapascal",
        ["gb"] = "gigabyte",
        ["mg"] = "milligram",
        ["gwh"] = "gigawatt hour",
        ["mwh"] = "megawatt hour",
        ["tb"] = "terabyte",
        ["mb"] = "megabyte",
        ["ppb"] = "parts-per-billion",
        ["ppm"] = "parts-per-million",
        ["db"] = "decibel",
        ["decibels"] = "decibel",
        ["rpm"] = "revolutions per minute",
        ["nm torque"] = "newton metre",
        ["pound-feet"] = "pound-foot",
        ["lb-ft"] = "pound-foot",
        ["ml"] = "millilitre",
        ["m2"] = "square metre",
        ["m²"] = "square metre",
        ["km2"] = "square kilometre",
        ["mmbtu"] = "mega british thermal unit",
        ["ps"] = "horsepower",
        ["a/cm2"] = "ampere per square centimetre",
        ["degrees celsius"] = "celsius",
        ["degrees fahrenheit"] = "fahrenheit",
        ["degree celsius"] = "celsius",
        ["degrees c"] = "celsius",
        ["°c"] = "celsius",
        ["c"] = "celsius",
        ["celsius"] = "celsius",
        ["°f"] = "fahrenheit",
        ["f"] = "fahrenheit",
        ["fahrenheit"] = "fahrenheit",
        ["degrees"] = "degree",
        ["°"] = "degree",
        ["min"] = "minute",
        ["mins"] = "minute",
        ["sec"] = "second",
        ["secs"] = "second",
        ["hrs"] = "hour",
        ["hr"] = "hour",
        ["year-old"] = "year of age",
        ["years-old"] = "year of age",
        ["years old"] = "year of age",
        ["month-old"] = "month of age",
        ["week-old"] = "week of age",
        ["day-old"] = "day of age",
        ["times"] = "count",
        ["people"] = "people",
    });

    /// <summary>The ISO 4217 codes of <see cref="CurrencyMarks"/> (<c>USD</c>, <c>EUR</c>, ...), which may follow the number too.</summary>
    private static Dictionary<string, string> WithCurrencyCodes(Dictionary<string, string> table)
    {
        foreach (var (mark, currency) in CurrencyMarks)
        {
            if (mark.Length == 3 && mark.All(char.IsAsciiLetterUpper))
            {
                table.Add(mark, currency);
            }
        }

        return table;
    }

    /// <summary>
    /// Adds every metric unit written out, with its prefix, in both spellings, singular and plural (<c>millimeter</c>,
    /// <c>kilometres</c>, <c>milliliters</c>), so the table above lists only symbols and irregular names.
    /// </summary>
    private static Dictionary<string, string> WithMetricNames(Dictionary<string, string> table)
    {
        string[] prefixes = ["", "nano", "micro", "milli", "centi", "kilo", "mega", "giga"];
        (string[] Spellings, string Canonical)[] units = [(["metre", "meter"], "metre"), (["litre", "liter"], "litre"), (["gram", "gramme"], "gram"), (["watt"], "watt"), (["pascal"], "pascal")];
        foreach (var prefix in prefixes)
        {
            foreach (var (spellings, canonical) in units)
            {
                foreach (var spelling in spellings)
                {
                    table.TryAdd(prefix + spelling, prefix + canonical);
                    table.TryAdd(prefix + spelling + "s", prefix + canonical);
                }
            }
        }

        return table;
    }

    /// <summary>
    /// Abbreviations whose case tells them apart: <c>Nm</c> is a newton metre, <c>nm</c> a nanometre; ISO 4217 codes
    /// written after the number (<c>110 JPY</c>, <c>5 TRY</c>) are currencies only in capitals, and so are the
    /// statistics of sports reports (<c>0.5 WAR</c>, <c>3 RBIs</c>).
    /// </summary>
    private static readonly Dictionary<string, string> CaseSensitive = WithCurrencyCodes(new(StringComparer.Ordinal)
    {
        ["CNY"] = "chinese yuan",
        ["RMB"] = "chinese yuan",
        ["INR"] = "indian rupee",
        ["AUD"] = "australian dollar",
        ["CAD"] = "canadian dollar",
        ["HKD"] = "hong kong dollar",
        ["SGD"] = "singapore dollar",
        ["NZD"] = "new zealand dollar",
        ["MYR"] = "malaysian ringgit",
        ["ILS"] = "shekel",
        ["NIS"] = "shekel",
        ["RUB"] = "russian ruble",
        ["KRW"] = "south korean won",
        ["BRL"] = "brazilian real",
        ["ZAR"] = "south african rand",
        ["SEK"] = "swedish krona",
        ["NOK"] = "norwegian krone",
        ["DKK"] = "danish krone",
        ["MXN"] = "mexican peso",
        ["TRY"] = "turkish lira",
        ["HRK"] = "croatian kuna",
        ["kn"] = "croatian kuna",
        ["WAR"] = "win above replacement",
        ["RBI"] = "run batted in",
        ["RBIs"] = "run batted in",
        ["″"] = "inch",
        ["′"] = "foot",
        ["Nm"] = "newton metre",
        ["MW"] = "megawatt",
        ["mW"] = "milliwatt",
        ["MB"] = "megabyte",
        ["Mb"] = "megabit",
        ["GB"] = "gigabyte",
        ["Gb"] = "gigabit",
    });

    /// <summary>Nouns that name a measure: a unit ends with them ("degree average launch" is in degrees).</summary>
    private static readonly HashSet<string> MeasureNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "point", "points", "degree", "degrees", "yard", "yards", "mile", "miles", "year", "years", "month", "months", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "week", "weeks", "foot", "inch", "metre", "meter", "percent", "goal", "goals", "run", "runs", "game", "games", "time", "times", "share", "shares",
        "barrel", "barrels", "ton", "tons", "tonne", "tonnes", "gallon", "gallons", "acre", "acres", "hectare", "hectares", "vote", "votes", "seat", "seats",
    };

    /// <summary>True for a unit the table knows as written (<c>mph</c>, <c>degrees Celsius</c>, <c>year-old</c>), or a measure noun.</summary>
    public static bool IsKnown(string written) => CaseSensitive.ContainsKey(written) || Canonical.ContainsKey(written) || MeasureNouns.Contains(written);

    /// <summary>The canonical name of a unit as written; a noun phrase is singularised word by word at its head.</summary>
    public static string Normalise(string written)
    {
        var unit = written.Trim();
        if (CaseSensitive.TryGetValue(unit, out var exact))
        {
            return exact;
        }

        if (Canonical.TryGetValue(unit, out var canonical))
        {
            return canonical;
        }

        // "US fluid ounce", "imperial gallons": the measuring system's name is not part of the unit.
        if (MeasuringSystem().Match(unit) is { Success: true } system)
        {
            return Normalise(unit[system.Length..]);
        }

        // "dollars per barrel", "miles per hour", "barrel-a-day": each side on its own.
        foreach (var joint in (ReadOnlySpan<string>)[" per ", "-per-", "-a-"])
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

        // A counted noun phrase: singularise its last word ("FA Cup finals" → "FA Cup final"), proper plurals stay ("Americans").
        var space = unit.LastIndexOf(' ');
        var head = unit[(space + 1)..];
        if (char.IsUpper(head[0]) && space < 0)
        {
            return unit;
        }

        var singular = Canonical.TryGetValue(head, out var known) ? known : head.Singularize(inputIsKnownToBePlural: false);
        return (space < 0 ? "" : unit[..(space + 1)]) + singular;
    }

    /// <summary>The currency of a mark written before a number, and the mark's length, or null.</summary>
    public static (string Currency, int Length)? CurrencyBefore(string text, int numberStart)
    {
        foreach (var (mark, currency) in CurrencyMarks)
        {
            var start = numberStart - mark.Length;
            var spaced = start - 1;
            if (start >= 0 && string.CompareOrdinal(text, start, mark, 0, mark.Length) == 0 && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return (currency, mark.Length);
            }

            if (spaced >= 0 && text[numberStart - 1] == ' ' && string.CompareOrdinal(text, spaced, mark, 0, mark.Length) == 0 && (spaced == 0 || !char.IsLetter(text[spaced - 1])) && mark.Length > 1)
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

        foreach (var (mark, currency) in CurrencyMarks)
        {
            if (mark.Length == 1 && !char.IsLetter(mark[0]) && text[at] == mark[0])
            {
                return (currency, mark, at + 1 - numberEnd);
            }
        }

        return null;
    }

    public static CultureInfo Culture => English;

    [GeneratedRegex(@"^(?:US|U\.S\.|UK|imperial)\s(?:fluid\s)?(?=\p{Ll})|^fluid\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MeasuringSystem();
}
