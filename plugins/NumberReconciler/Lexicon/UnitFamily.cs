namespace DocAnalysis.Plugins.Numbers;

/// <summary>
/// One canonical unit: its name (NewsQuant's vocabulary, British spelling, singular), the ways it is written, and a
/// sentence of its own that shows it (the lexicon test extracts every example and expects this unit).
/// </summary>
/// <param name="Canonical">The name the reconciler gives (<c>kilometre per hour</c>).</param>
/// <param name="Written">How news writes it, compared without case (<c>km/h</c>, <c>kph</c>, <c>kilometres per hour</c>).</param>
/// <param name="Example">A sentence with one quantity in this unit, the figure marked <c>[|…|]</c>.</param>
/// <param name="ExactCase">Forms whose case tells them apart (<c>MW</c> megawatt, <c>mW</c> milliwatt; ISO codes in capitals).</param>
internal sealed record UnitEntry(string Canonical, string[] Written, string Example, string[]? ExactCase = null);

/// <summary>A family of units with the principle that admits them (<see cref="UnitLexicon.Families"/> lists them in order).</summary>
internal sealed record UnitFamily(string Name, string Principle, IReadOnlyList<UnitEntry> Units);
