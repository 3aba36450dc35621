using System.IO.Compression;
using System.Text;

namespace DocAnalysis.Seeds.Tests;

/// <summary>
/// Plugins from a feed: <c>docanalysis plugin add</c> installs a plugin package from a folder feed into the plugin
/// cache and records it in <c>docanalysis.json</c>; <c>run</c> then loads it beside the shipped four; <c>list</c>,
/// <c>remove</c> and <c>restore</c> (from the manifest alone, into an empty cache) do what they say. What is not a
/// plugin for this host, or not what the manifest recorded, is refused with exit 2 before a file is installed.
/// </summary>
public sealed class PluginPackageTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("docanalysis-packages-");

    public void Dispose() => _temp.Delete(recursive: true);

    private string Feed => Path.Combine(_temp.FullName, "feed");

    private string Project => Path.Combine(_temp.FullName, "project");

    [Fact]
    public async Task A_package_is_added_run_listed_removed_and_restored_from_the_manifest_alone()
    {
        Pack("Test.Capitals", "1.0.0", plugin: CapitalsFiles());
        var cache = Path.Combine(_temp.FullName, "cache");

        var add = await Run(cache, "plugin", "add", "Test.Capitals", "--source", Feed);
        var run = await Run(cache, "run", Repository.Seeds, "--format", "jsonl");
        var list = await Run(cache, "plugin", "list");
        var manifest = File.ReadAllText(Path.Combine(Project, "docanalysis.json"));

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"analyser\":\"capitals\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"analyser\":\"date-normaliser\"", run.Out, StringComparison.Ordinal); // beside the shipped four
        Assert.Contains("Test.Capitals 1.0.0  installed", list.Out, StringComparison.Ordinal);
        Assert.Contains("\"hash\": \"sha256-", manifest, StringComparison.Ordinal);

        var freshCache = Path.Combine(_temp.FullName, "fresh-cache");
        var before = await Run(freshCache, "run", Repository.Seeds, "--format", "jsonl");
        var restore = await Run(freshCache, "plugin", "restore", "--source", Feed);
        var after = await Run(freshCache, "run", Repository.Seeds, "--format", "jsonl");

        Assert.Equal(2, before.ExitCode);
        Assert.Contains("is not installed", before.Error, StringComparison.Ordinal);
        Assert.Contains("run 'docanalysis plugin restore'", before.Error, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Equal(run.Out, after.Out);

        var remove = await Run(freshCache, "plugin", "remove", "Test.Capitals");
        var removed = await Run(freshCache, "run", Repository.Seeds, "--format", "jsonl");
        Assert.True(remove.ExitCode == 0, remove.Error);
        Assert.DoesNotContain("\"analyser\":\"capitals\"", removed.Out, StringComparison.Ordinal);
        Assert.Contains("no plugin packages", (await Run(freshCache, "plugin", "list")).Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "contract-2", "was built against contract 2.0, and this docanalysis has contract 1." },
        { "not-a-plugin", "is not a DocAnalysis plugin package (its package type is Dependency)" },
        { "escaping-entry", "has an entry 'plugin/../../escaped.dll' that leads outside its folder; nothing was installed" },
        { "unknown-id", "no package 'No.Such.Package' on" },
        { "changed-hash", "does not match the hash the configuration records" },
        { "too-many-files", "files in plugin/, more than the 20,000 a plugin may have" },
        { "archive-bomb", "unpacks to more than 1,024 MB; nothing was installed" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task What_is_not_a_plugin_for_this_host_is_refused_with_2_before_anything_is_installed(string case_, string expected)
    {
        var cache = Path.Combine(_temp.FullName, "cache");
        (int ExitCode, string Out, string Error) result;
        switch (case_)
        {
            case "contract-2":
                Pack("Test.Future", "1.0.0", contract: "2.0", plugin: CapitalsFiles());
                result = await Run(cache, "plugin", "add", "Test.Future", "--source", Feed);
                break;
            case "not-a-plugin":
                Pack("Test.Library", "1.0.0", packageType: null, plugin: CapitalsFiles());
                result = await Run(cache, "plugin", "add", "Test.Library", "--source", Feed);
                break;
            case "escaping-entry":
                Pack("Test.Escape", "1.0.0", plugin: [.. CapitalsFiles(), ("../../escaped.dll", [1, 2, 3])]);
                result = await Run(cache, "plugin", "add", "Test.Escape", "--source", Feed);
                Assert.False(File.Exists(Path.Combine(_temp.FullName, "escaped.dll")));
                break;
            case "too-many-files":
                Pack("Test.Many", "1.0.0", plugin: [.. CapitalsFiles(), .. Enumerable.Range(0, 20_001).Select(i => ($"many/{i}.txt", Array.Empty<byte>()))]);
                result = await Run(cache, "plugin", "add", "Test.Many", "--source", Feed);
                break;
            case "archive-bomb":
                Pack("Test.Bomb", "1.0.0", plugin: CapitalsFiles(), zeros: (1L << 30) + (1 << 20));
                result = await Run(cache, "plugin", "add", "Test.Bomb", "--source", Feed);
                break;
            case "unknown-id":
                Pack("Test.Capitals", "1.0.0", plugin: CapitalsFiles());
                result = await Run(cache, "plugin", "add", "No.Such.Package", "--source", Feed);
                break;
            default:
                Pack("Test.Capitals", "1.0.0", plugin: CapitalsFiles());
                Directory.CreateDirectory(Project);
                File.WriteAllText(Path.Combine(Project, "docanalysis.json"), """{ "plugins": [{ "package": "Test.Capitals", "version": "1.0.0", "hash": "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" }] }""");
                result = await Run(cache, "plugin", "restore", "--source", Feed);
                break;
        }

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cache) && Directory.EnumerateDirectories(cache, "*", SearchOption.AllDirectories).Any(d => Directory.EnumerateFiles(d).Any()),
            "nothing may be installed");
    }

    /// <summary>The test plugin Capitals' build output, as a plugin package holds it under <c>plugin/</c>.</summary>
    private static List<(string Path, byte[] Content)> CapitalsFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository.TestPlugins, "Capitals")).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>Writes ID.VERSION.nupkg into the feed: a nuspec with the package type (none for a plain library) and the plugin's files.</summary>
    private void Pack(string id, string version, IEnumerable<(string Path, byte[] Content)> plugin, string? packageType = "DocAnalysisPlugin", string contract = "1.3", long zeros = 0)
    {
        Directory.CreateDirectory(Feed);
        using var zip = ZipFile.Open(Path.Combine(Feed, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
        var types = packageType is null ? "" : $"<packageTypes><packageType name=\"{packageType}\" version=\"{contract}\" /></packageTypes>";
        Write(zip, $"{id}.nuspec", Encoding.UTF8.GetBytes(
            $"""<?xml version="1.0" encoding="utf-8"?><package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd"><metadata><id>{id}</id><version>{version}</version><authors>tests</authors><description>a test package</description>{types}</metadata></package>"""));
        foreach (var (path, content) in plugin)
        {
            Write(zip, "plugin/" + path, content);
        }

        if (zeros > 0)
        {
            // A file of zeros that compresses to a thousandth of itself: what an archive bomb is made of.
            using var bomb = zip.CreateEntry("plugin/zeros.bin", CompressionLevel.Fastest).Open();
            var block = new byte[1 << 20];
            for (var written = 0L; written < zeros; written += block.Length)
            {
                bomb.Write(block);
            }
        }

        static void Write(ZipArchive zip, string name, byte[] content)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
    }

    /// <summary>The CLI in the project folder (a repository of its own), with its plugin cache at <paramref name="cache"/>.</summary>
    private Task<(int ExitCode, string Out, string Error)> Run(string cache, params string[] arguments)
    {
        Directory.CreateDirectory(Path.Combine(Project, ".git"));
        return Cli.RunAsync(arguments, new Dictionary<string, string?> { ["DOCANALYSIS_PLUGIN_CACHE"] = cache }, workingDirectory: Project);
    }
}

/// <summary>The contract version a plugin package is stamped with is the contract's own.</summary>
public sealed class PluginPackageTypeTests
{
    [Fact]
    public void The_package_type_version_the_contract_package_sets_is_the_contract_version()
    {
        var props = File.ReadAllText(Path.Combine(Repository.Root, "src", "DocAnalysis.Abstractions", "build", "DocAnalysis.Abstractions.props"));

        var stamped = System.Text.RegularExpressions.Regex.Match(props, "<DocAnalysisContractVersion>([0-9.]+)</DocAnalysisContractVersion>").Groups[1].Value;

        Assert.Equal(Contract.Version.ToString(2), stamped);
    }
}
