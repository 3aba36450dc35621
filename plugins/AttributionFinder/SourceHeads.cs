using System.Collections.Frozen;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>
/// Lower-case words that end a source in PolNeAR's training split often enough to be taken as one (<c>experts</c>,
/// <c>court</c>, <c>poll</c>, <c>filings</c>): <c>Lexicon/source_heads.tsv</c>, made by <c>Lexicon/derive_sources.py</c>.
/// </summary>
internal static class SourceHeads
{
    private static readonly FrozenSet<string> Heads = Load();

    public static bool Contains(string lowerWord) => Heads.Contains(lowerWord);

    private static FrozenSet<string> Load()
    {
        using var stream = Embedded.Open("source_heads.tsv", "source-head lexicon");
        using var reader = new StreamReader(stream);
        var heads = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                heads.Add(line[..line.IndexOf('\t', StringComparison.Ordinal)]);
            }
        }

        return heads.ToFrozenSet(StringComparer.Ordinal);
    }
}
