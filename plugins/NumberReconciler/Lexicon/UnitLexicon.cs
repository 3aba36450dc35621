namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// The unit lexicon: the families in the order they are read (a written form belongs to the first family that lists
/// it), looked up first with its case (<c>MW</c>, <c>mW</c>, <c>USD</c>) and then without.
/// To add a family, write a file with its <see cref="UnitFamily"/> and add a line here.
/// </summary>
internal static class UnitLexicon
{
    public static readonly UnitFamily[] Families =
    [
        Percentages.Family,
        Currencies.Family,
        Temperature.Family,
        Time.Family,
        Metric.Family,
        Imperial.Family,
        Counts.Family,
        SportsStatistics.Family,
    ];

    private static readonly Dictionary<string, string> ExactCase = Build(StringComparer.Ordinal, e => e.ExactCase ?? []);
    private static readonly Dictionary<string, string> AnyCase = Build(StringComparer.OrdinalIgnoreCase, e => e.Written);
    private static readonly HashSet<string> Measures = new(Counts.MeasureNouns, StringComparer.OrdinalIgnoreCase);

    /// <summary>The canonical unit of a written form, or null.</summary>
    public static string? Canonical(string written) =>
        ExactCase.TryGetValue(written, out var exact) ? exact : AnyCase.TryGetValue(written, out var any) ? any : null;

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
