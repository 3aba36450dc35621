using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests;

/// <summary>
/// Holds a hand-written reader to the pattern it replaced: texts made of words and gaps, windows of them, and one
/// description of what either finds (where, and each named part), so a test compares two strings.
/// </summary>
internal static class PatternOracle
{
    /// <summary>Up to <paramref name="most"/> words, each followed by one of the gaps.</summary>
    public static Gen<string> Texts(string[] words, string[] gaps, int most = 30) =>
        Gen.ListOf(Gen.Elements(words).SelectMany(word => Gen.Elements(gaps).Select(gap => word + gap)))
            .Select(parts => string.Concat(parts.Take(most)));

    /// <summary>A text of <see cref="Texts"/> and a window of it (start and length).</summary>
    public static Arbitrary<(string Text, int Start, int Length)> Windows(string[] words, string[] gaps) =>
        Texts(words, gaps)
            .SelectMany(text => Gen.Choose(0, text.Length).SelectMany(start => Gen.Choose(0, text.Length - start).Select(length => (text, start, length))))
            .ToArbitrary();

    /// <summary>The matches of <paramref name="pattern"/> run over a window of <paramref name="text"/>.</summary>
    public static IEnumerable<Match> Scan(Regex pattern, string text, int start, int length)
    {
        for (var m = pattern.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }

    public static string Describe(Match m, string[] parts) =>
        m.Success ? Describe(new TextSpan(m.Index, m.Length), parts, parts.Select(name => m.Groups[name] is { Success: true } g ? new TextSpan(g.Index, g.Length) : (TextSpan?)null)) : "none";

    public static string Describe(IEnumerable<Match> matches, string[] parts) => string.Join(" | ", matches.Select(m => Describe(m, parts)));

    /// <summary>A find as <c>start+length:part=start+length,...</c>, naming the parts that are there in the order given.</summary>
    public static string Describe(TextSpan span, string[] names, IEnumerable<TextSpan?> parts) =>
        $"{span.Start}+{span.Length}:{string.Join(",", names.Zip(parts).Where(p => p.Second is not null).Select(p => $"{p.First}={p.Second!.Value.Start}+{p.Second.Value.Length}"))}";
}
