namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// The units of quantulum3's lexicon (MIT; <c>Lexicon/units.tsv</c>, generated from <c>Lexicon/quantulum3/</c> by
/// <c>dotnet run --project tools/UnitLexicon</c>): every unit by its canonical name, its symbols with their case
/// (<c>eV</c>, <c>mGy</c>, <c>Ma</c>, <c>tpd</c>) and its written names in any case, singular or plural. Read after the
/// project's own families: a form one of them already reads keeps its reading, a form that names two of quantulum3's
/// units (<c>bp</c>: base pair or basis point; <c>kt</c>: knot or kiloton) is read as neither, and a unit enters only
/// with a form a figure can carry, shown by an example of its own.
/// </summary>
internal static class Quantulum3
{
    public const string TableFile = "units.tsv";

    /// <summary>The family of quantulum3's units that <paramref name="earlier"/> leave to it.</summary>
    public static UnitFamily After(IReadOnlyList<UnitFamily> earlier)
    {
        var earlierUnits = earlier.SelectMany(f => f.Units).ToList();
        var claimedNames = new HashSet<string>(earlierUnits.SelectMany(u => u.Written), StringComparer.OrdinalIgnoreCase);
        var claimedSymbols = new HashSet<string>(earlierUnits.SelectMany(u => u.ExactCase ?? []), StringComparer.Ordinal);
        var named = new HashSet<string>(earlierUnits.Select(u => u.Canonical), StringComparer.OrdinalIgnoreCase);
        var units = Read().Where(u => !named.Contains(u.Canonical)).ToList();
        var symbolCount = Count(units.SelectMany(u => u.Symbols), StringComparer.Ordinal);
        var nameCount = Count(units.SelectMany(u => u.Names), StringComparer.OrdinalIgnoreCase);
        var symbolOwners = units.SelectMany(u => u.Symbols.Select(s => (Symbol: s, u.Canonical))).ToLookup(x => x.Symbol, x => x.Canonical, StringComparer.OrdinalIgnoreCase);
        var entries = new List<UnitEntry>();
        foreach (var unit in units)
        {
            // A symbol keeps its case ("Ma" megayear, "mA" milliampere); a name is read in any case, so it must not be any other's.
            var symbols = unit.Symbols.Where(s => !claimedSymbols.Contains(s) && !claimedNames.Contains(s) && symbolCount[s] == 1 && !nameCount.ContainsKey(s)).ToArray();
            var names = unit.Names.Where(n => !claimedNames.Contains(n) && !claimedSymbols.Contains(n) && nameCount[n] == 1 && symbolOwners[n].All(owner => owner == unit.Canonical)).ToArray();
            if ((symbols.FirstOrDefault(Readable) ?? names.FirstOrDefault(Readable)) is not { } shown)
            {
                continue; // nothing a figure can carry: "ac*ft", "lb/in²", names of four words
            }

            entries.Add(new UnitEntry(unit.Canonical, names, $"The reading was [|3|] {shown}.", symbols.Length > 0 ? symbols : null));
        }

        return new UnitFamily("quantulum3", "quantulum3's unit lexicon: canonical names, symbols and written names", entries);
    }

    /// <summary>
    /// A form the reconciler reads after a figure: letters (with <c>°</c>, <c>µ</c>, <c>²</c>, <c>³</c> and inner hyphens),
    /// in at most three words, and not a word a noun phrase stops at (<c>AT</c>, the ampere-turn, is <c>at</c>).
    /// </summary>
    private static bool Readable(string form) =>
        form.Length > 0 && (char.IsLetter(form[0]) || form[0] == '°') && form.Split(' ').Length <= 3 && form.All(c => char.IsLetter(c) || c is ' ' or '-' or '°' or '²' or '³')
        && !form.EndsWith('-') && !QuantityExtractor.IsStopWord(form);

    private static Dictionary<string, int> Count(IEnumerable<string> forms, StringComparer comparer)
    {
        var counts = new Dictionary<string, int>(comparer);
        foreach (var form in forms)
        {
            counts[form] = counts.GetValueOrDefault(form) + 1;
        }

        return counts;
    }

    private sealed record Unit(string Canonical, string Entity, string[] Symbols, string[] Names);

    private static List<Unit> Read()
    {
        using var stream = typeof(Quantulum3).Assembly.GetManifestResourceStream(TableFile)
            ?? throw new InvalidOperationException($"The number reconciler's assembly lacks its unit table {TableFile}.");
        using var reader = new StreamReader(stream);
        var units = new List<Unit>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            units.Add(new Unit(columns[0], columns[1], Forms(columns[2]), Forms(columns[3])));
        }

        return units;
    }

    private static string[] Forms(string column) => column.Length == 0 ? [] : column.Split(" | ");
}
