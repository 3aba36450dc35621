namespace DocAnalysis.Plugins.Numbers;

// Ratios: a count out of a count is one share of a whole.
//   one in three Germans → 0.333 · 1 out of 10 voters → 0.1 · two in five → 0.4
internal static partial class QuantityExtractor
{
    /// <summary>
    /// <c>one in three</c>, <c>1 out of 10</c>: a bare whole number no larger than the whole number after it, joined by
    /// <c>in</c> or <c>out of</c>, is their ratio, counting what the second counts.
    /// </summary>
    private static List<Quantity> JoinRatios(string text, List<Quantity> found) => JoinPairs(found, (part, whole) =>
        part.Unit is null && !part.IsRange && !whole.IsRange && part.Low >= 1 && part.Low <= whole.Low && part.Low == Math.Floor(part.Low) && whole.Low == Math.Floor(whole.Low)
            && GapAfterUnit(text, part, whole) is var gap && (gap.Equals(" in ", StringComparison.OrdinalIgnoreCase) || gap.Equals(" out of ", StringComparison.OrdinalIgnoreCase))
            ? whole with { Span = TextSpan.FromBounds(part.Span.Start, whole.Span.End), Low = part.Low / whole.Low, High = part.Low / whole.Low, Qualifier = part.Qualifier, Scale = 1 }
            : null);
}
