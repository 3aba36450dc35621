using System.Globalization;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// SI units and the metric units used with them, each with the prefixes news uses, by symbol (case-sensitive where
/// the prefix is: <c>mW</c> milliwatt, <c>MW</c> megawatt) and by name in British and American spelling, singular or
/// plural; squares and cubes of lengths. Every generated unit is shown by its base's example with the prefixed symbol.
/// </summary>
internal static class Metric
{
    private static readonly (string Name, string Symbol)[] Prefixes =
    [
        ("pico", "p"), ("nano", "n"), ("micro", "μ"), ("milli", "m"), ("centi", "c"), ("deci", "d"), ("", ""),
        ("kilo", "k"), ("mega", "M"), ("giga", "G"), ("tera", "T"), ("peta", "P"),
    ];

    /// <summary>
    /// A base unit: its names, its symbol (empty when a bare letter would read as a word or a grade: <c>A</c>, <c>V</c>),
    /// the prefixes it takes, and a sentence in which <c>{0}</c> stands for the prefixed symbol.
    /// </summary>
    private static readonly (string Canonical, string[] Spellings, string Symbol, bool Bare, string PrefixNames, string Example)[] Bases =
    [
        ("metre", ["metre", "meter"], "m", true, "nano micro milli centi deci kilo", "The wall is [|3|] {0} high."),
        ("gram", ["gram", "gramme"], "g", true, "nano micro milli kilo", "Each sample weighed [|12|] {0}."),
        ("litre", ["litre", "liter"], "L", true, "milli centi deci", "The tank holds [|40|] {0} of fuel."),
        ("watt", ["watt"], "W", true, "milli kilo mega giga tera", "The plant will produce [|700|] {0} of power."),
        ("watt hour", ["watt hour", "watt-hour"], "Wh", true, "kilo mega giga tera", "The battery stores [|75|] {0} of energy."),
        ("joule", ["joule"], "J", false, "kilo mega giga", "The blast released [|40|] {0} of energy."),
        ("volt", ["volt"], "V", false, "milli kilo", "The cable carries [|400|] {0} of current."),
        ("ampere", ["ampere", "amp"], "A", false, "milli", "The charger draws [|300|] {0} at most."),
        ("ampere-hour", ["ampere-hour", "amp-hour"], "Ah", true, "milli", "The phone has a [|5,000|] {0} battery."),
        ("hertz", ["hertz"], "Hz", true, "kilo mega giga", "The chip runs at [|3.2|] {0} at full speed."),
        ("pascal", ["pascal"], "Pa", true, "kilo mega giga", "The alloy withstands [|2|] {0} of stress."),
        ("newton", ["newton"], "N", false, "kilo", "The clamp exerts [|50|] {0} of force."),
        ("byte", ["byte"], "B", false, "kilo mega giga tera peta", "The phone comes with [|128|] {0} of storage."),
        ("bit", ["bit"], "b", false, "kilo mega giga tera", "The line reaches [|100|] {0} at peak."),
        ("farad", ["farad"], "F", false, "pico nano micro milli", "The capacitor holds [|10|] {0} of charge."),
    ];

    /// <summary>Symbols written in lower case that news means one way only (<c>mw</c> is never a milliwatt in a power story; <c>ml</c> is a millilitre), and plural abbreviations (<c>kms</c>).</summary>
    private static readonly Dictionary<string, string[]> LowerCaseReadings = new(StringComparer.Ordinal)
    {
        ["megawatt"] = ["mw"],
        ["megawatt hour"] = ["mwh"],
        ["megabyte"] = ["mb"],
        ["kilobyte"] = ["kb"],
        ["gigabyte"] = ["gb"],
        ["terabyte"] = ["tb"],
        ["milliampere-hour"] = ["mah"],
        ["microgram"] = ["mcg"],
        ["litre"] = ["l"],
        ["millilitre"] = ["ml"],
        ["kilometre"] = ["kms"],
        ["kilogram"] = ["kgs"],
    };

    private static readonly UnitEntry[] Irregular =
    [
        new("tonne", ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes", "t"], "The ship carried [|40,000|] tonnes of grain."),
        new("hectare", ["hectare", "hectares", "ha"], "Fire burned [|12,000|] hectares of forest."),
        new("square metre", ["square metre", "square metres", "square meter", "square meters", "sq m", "sqm", "m2", "m²"], "The flat measures [|80|] square metres."),
        new("square kilometre", ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"], "The lake covers [|30|] sq km."),
        new("cubic metre", ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "m3", "m³"], "The dam holds [|9 million|] cubic metres of water."),
        new("newton metre", ["newton metre", "newton metres", "newton meter", "newton meters", "nm torque"], "The motor makes [|320|] Nm of torque.", ["Nm"]),
        new("kilometre per hour", ["km/h", "km/hr", "kmh", "kph", "kmph", "kilometres per hour", "kilometers per hour"], "Winds gusted to [|120|] km/h overnight."),
        new("mega british thermal unit", ["mmbtu", "million british thermal units"], "The terminal shipped [|40 million|] mmBtu of gas."),
        new("ampere per square centimetre", ["A/cm2", "A/cm²"], "The cell carries [|5|] A/cm2 of current."),
    ];

    /// <summary>Declared after the tables it reads: static fields are set in the order written.</summary>
    public static UnitFamily Family { get; } = new("metric", "SI units and prefixes", [.. Generated(), .. Irregular]);

    private static IEnumerable<UnitEntry> Generated()
    {
        foreach (var (canonical, spellings, symbol, bare, prefixNames, example) in Bases)
        {
            foreach (var (prefix, prefixSymbol) in Prefixes.Where(p => p.Name.Length == 0 || prefixNames.Split(' ').Contains(p.Name)))
            {
                var name = prefix + canonical;
                List<string> written = [.. spellings.SelectMany(s => new[] { prefix + s, prefix + s + "s" })];
                if (LowerCaseReadings.TryGetValue(name, out var lower))
                {
                    written.AddRange(lower);
                }

                var exact = prefix.Length == 0 && !bare ? null : prefixSymbol + symbol;
                var exactCase = exact is not null && (exact.Length == 1 || prefixSymbol is "m" or "M" or "p" or "P" || symbol is "b" or "B" or "N" or "J" or "A" or "V" or "F");
                if (exact is not null && !exactCase)
                {
                    written.Add(exact);
                }

                var shown = exact ?? prefix + spellings[0] + "s";
                yield return new UnitEntry(name, [.. written], string.Format(CultureInfo.InvariantCulture, example, shown), exactCase ? [exact!] : null);
            }
        }
    }
}
