namespace DocAnalysis;

/// <summary>
/// Who an analyser is and how it fits in a pipeline: the annotation kinds and views it needs, may use, and provides.
/// Kinds and views share one namespace (<c>date</c>, <c>clean</c>, ...).
/// </summary>
public sealed record AnalyserDescriptor(string Id, string DisplayName, Version Version)
{
    /// <summary>Kinds or views that must be provided by an analyser running earlier; the pipeline is refused without them.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Kinds or views read when some analyser provides them, ignored otherwise.</summary>
    public IReadOnlyList<string> Uses { get; init; } = [];

    /// <summary>Kinds this analyser annotates and views it derives.</summary>
    public IReadOnlyList<string> Provides { get; init; } = [];

    /// <summary>How a report shows the kinds this analyser provides (contract 1.3); a kind without one gets the generic view.</summary>
    public IReadOnlyList<KindDisplay> Displays { get; init; } = [];

    /// <summary>
    /// The version of the assembly that holds <paramref name="analyser"/> as major.minor.patch, so a plugin states its
    /// version once, in its project's <c>&lt;Version&gt;</c>.
    /// </summary>
    public static Version VersionOf(Type analyser)
    {
        ArgumentNullException.ThrowIfNull(analyser);
        var version = analyser.Assembly.GetName().Version ?? new Version(0, 0, 0);
        return new Version(version.Major, version.Minor, Math.Max(0, version.Build));
    }
}
