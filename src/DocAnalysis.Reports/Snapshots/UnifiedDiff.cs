using DiffPlex;
using DiffPlex.Renderer;

namespace DocAnalysis.Reports.Snapshots;

/// <summary>A unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with context) of two texts, line by line.</summary>
public static class UnifiedDiff
{
    /// <summary>The diff from <paramref name="before"/> to <paramref name="after"/>, or an empty string when they are equal.</summary>
    public static string Create(string before, string after, string beforeName, string afterName, int context = 3) =>
        before == after ? "" : new UnidiffRenderer(Differ.Instance, context).Generate(before, after, beforeName, afterName, ignoreWhitespace: false, ignoreCase: false);
}
