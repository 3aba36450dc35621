namespace DocAnalysis.Seeds.Tests;

/// <summary>Where things are: the repository (found from the test binaries), the seeds, the real plugin folder, the CLI.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Plugins => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static string TestPlugins => Path.Combine(AppContext.BaseDirectory, "testplugins");

    /// <summary>The test plugin that does what a document's marker says (<c>tests/TestPlugins/Hostile</c>).</summary>
    public static string HostilePlugin => Path.Combine(TestPlugins, "Hostile");

    public static string Cli => Path.Combine(AppContext.BaseDirectory, "docanalysis.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocAnalysis.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DocAnalysis.sln above {AppContext.BaseDirectory}.");
    }
}
