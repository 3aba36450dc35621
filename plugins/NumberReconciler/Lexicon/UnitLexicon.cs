namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// The unit lexicon: the families in the order they are read (a written form belongs to the first family that lists
/// it), looked up first with its case (<c>MW</c>, <c>mW</c>, <c>USD</c>) and then without.
/// To add a family, write a file with its <see cref="UnitFamily"/> and add a line here.
/// </summary>
internal static class UnitLexicon
{
    public static readonly UnitFamily[] Families = WithQuantulum3(
    [
        Percentages.Family,
        Currencies.Family,
        Temperature.Family,
        Time.Family,
        Metric.Family,
        Imperial.Family,
        Counts.Family,
        SportsStatistics.Family,
    ]);

    /// <summary>The project's families, then quantulum3's units that they leave (<see cref="Quantulum3"/>).</summary>
    private static UnitFamily[] WithQuantulum3(UnitFamily[] own) => [.. own, Quantulum3.After(own)];

    private static readonly Dictionary<string, string> ExactCase = Build(StringComparer.Ordinal, e => e.ExactCase ?? []);
    private static readonly Dictionary<string, string> AnyCase = Build(StringComparer.OrdinalIgnoreCase, e => e.Written);
    private static readonly HashSet<string> Measures = new(Counts.MeasureNouns, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical unit of a written form, or null; a known unit raised to a power is its square, cube or inverse
    /// (<c>km^2</c>, <c>m³</c>, <c>km squared</c>, <c>s-1</c>, <c>fb−1</c>: quantulum3's <c>inverse second</c>).
    /// </summary>
    public static string? Canonical(string written) =>
        ExactCase.TryGetValue(written, out var exact) ? exact : AnyCase.TryGetValue(written, out var any) ? any : Raised(written);

    private static readonly (string Suffix, string Power)[] Powers =
    [
        ("^2", "square"), ("²", "square"), (" squared", "square"), ("^3", "cubic"), ("³", "cubic"), (" cubed", "cubic"),
        ("-1", "inverse"), ("−1", "inverse"), ("⁻¹", "inverse"),
    ];

    private static string? Raised(string written)
    {
        foreach (var (suffix, power) in Powers)
        {
            if (written.Length > suffix.Length && written.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && Canonical(written[..^suffix.Length]) is { } unit && !unit.StartsWith("square ", StringComparison.Ordinal) && !unit.StartsWith("cubic ", StringComparison.Ordinal) && !unit.Contains(" per ", StringComparison.Ordinal))
            {
                return power + " " + unit;
            }
        }

        return null;
    }

    /// <summary>True for a unit as written (<c>mph</c>, <c>degrees Celsius</c>, <c>year-old</c>) or a measure noun (<c>goals</c>).</summary>
    public static bool IsKnown(string written) => Canonical(written) is not null || Measures.Contains(written);

    private static Dictionary<string, string> Build(StringComparer comparer, Func<UnitEntry, IEnumerable<string>> forms)
    {
        var table = new Dictionary<string, string>(comparer);
        foreach (var entry in Families.SelectMany(f => f.Units))
        {
            foreach (var form in forms(entry))
            {
                table.TryAdd(form, entry.Canonical);
            }
        }

        return table;
    }
}
