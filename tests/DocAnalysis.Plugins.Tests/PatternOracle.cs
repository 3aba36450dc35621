using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace DocAnalysis.Plugins.Tests;

/// <summary>
/// Holds a hand-written reader to the pattern it replaced: texts made of words and gaps, windows of them, and one
/// description of what either finds (where, and each named part), so a check compares two strings.
/// </summary>
internal static class PatternOracle
{
    /// <summary>Gaps between words: spaces of several kinds, a hyphen and none.</summary>
    public static readonly string[] WordGaps = [" ", " ", " ", "-", "", "  ", "\t", "\u00a0"];

    /// <summary>Up to <paramref name="most"/> words, each followed by one of the gaps.</summary>
    public static Gen<string> Texts(string[] words, string[] gaps, int most = 30) =>
        Gen.ListOf(Gen.Elements(words).SelectMany(word => Gen.Elements(gaps).Select(gap => word + gap)))
            .Select(parts => string.Concat(parts.Take(most)));

    /// <summary>
    /// Over 3,000 windows of generated texts (<see cref="Texts"/>), the reader describes what the pattern describes.
    /// </summary>
    public static void AgreeInAnyWindow(string[] words, string[] gaps, Func<string, TextSpan, string> pattern, Func<string, TextSpan, string> reader) =>
        Prop.ForAll(
                Texts(words, gaps)
                    .SelectMany(text => Gen.Choose(0, text.Length).SelectMany(start => Gen.Choose(0, text.Length - start).Select(length => (text, window: new TextSpan(start, length)))))
                    .ToArbitrary(),
                w => reader(w.text, w.window) == pattern(w.text, w.window))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

    /// <summary>Over the whole of <paramref name="text"/>, the reader describes what the pattern describes.</summary>
    public static void Agree(string text, Func<string, TextSpan, string> pattern, Func<string, TextSpan, string> reader) =>
        Assert.Equal(pattern(text, new TextSpan(0, text.Length)), reader(text, new TextSpan(0, text.Length)));

    /// <summary>For every UTF-16 character, <see cref="Agree"/> on each of the texts made with it.</summary>
    public static void AgreeAroundEveryCharacter(Func<char, string[]> texts, Func<string, TextSpan, string> pattern, Func<string, TextSpan, string> reader)
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var text in texts(c))
            {
                Agree(text, pattern, reader);
            }
        }
    }

    /// <summary>The matches of <paramref name="pattern"/> run over a window of <paramref name="text"/>, described.</summary>
    public static string Scan(Regex pattern, string text, TextSpan window, string[] parts)
    {
        var matches = new List<Match>();
        for (var m = pattern.Match(text, window.Start, window.Length); m.Success; m = m.NextMatch())
        {
            matches.Add(m);
        }

        return Describe(matches, parts);
    }

    public static string Describe(Match m, string[] parts) =>
        m.Success ? Describe(new TextSpan(m.Index, m.Length), parts, parts.Select(name => m.Groups[name] is { Success: true } g ? new TextSpan(g.Index, g.Length) : (TextSpan?)null)) : "none";

    public static string Describe(IEnumerable<Match> matches, string[] parts) => string.Join(" | ", matches.Select(m => Describe(m, parts)));

    /// <summary>A find as <c>start+length:part=start+length,...</c>, naming the parts that are there in the order given.</summary>
    public static string Describe(TextSpan span, string[] names, IEnumerable<TextSpan?> parts) =>
        $"{span.Start}+{span.Length}:{string.Join(",", names.Zip(parts).Where(p => p.Second is not null).Select(p => $"{p.First}={p.Second!.Value.Start}+{p.Second.Value.Length}"))}";
}
