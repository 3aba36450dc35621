using System.Text.RegularExpressions;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// The README's C# is code that is built: every <c>csharp</c> block stands, line for line, in a file of the plugin
/// template or of the examples, which CI builds and runs outside the repository (build/walk-author-path.sh).
/// </summary>
public sealed partial class ReadmeTests
{
    public static TheoryData<int, string> CSharpBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var blocks = new TheoryData<int, string>();
        var number = 0;
        foreach (Match match in CSharpBlock().Matches(readme))
        {
            blocks.Add(++number, match.Groups[1].Value);
        }

        return blocks;
    }

    [Fact]
    public void The_readme_shows_csharp() => Assert.NotEmpty(CSharpBlocks());

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Each_csharp_block_is_taken_from_a_built_file(int block, string code)
    {
        var lines = Lines(code);
        var sources = new[] { "src/DocAnalysis.Templates/templates", "examples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        Assert.True(
            sources.Any(file => Contains(Lines(File.ReadAllText(file)), lines)),
            $"README C# block {block} is not in any template or example file; show code from a file that is built:\n{code}");
    }

    private static List<string> Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static bool Contains(List<string> file, List<string> block) =>
        Enumerable.Range(0, Math.Max(0, file.Count - block.Count + 1)).Any(i => file.Skip(i).Take(block.Count).SequenceEqual(block));

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
