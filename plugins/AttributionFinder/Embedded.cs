namespace DocAnalysis.Plugins.Attributions;

/// <summary>The data files compiled into the plugin: lexicons and learned weights (<c>Lexicon/</c>).</summary>
internal static class Embedded
{
    /// <summary>Opens the embedded file <paramref name="name"/>; <paramref name="what"/> names it in the error when the build left it out.</summary>
    public static Stream Open(string name, string what) =>
        typeof(Embedded).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded {what} {name} is missing from the AttributionFinder assembly.");
}
