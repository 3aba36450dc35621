using DocAnalysis.Host.Plugins;

namespace DocAnalysis.Host.Tests;

public sealed class PluginLoadingTests
{
    private static readonly string TestPlugins = Path.Combine(AppContext.BaseDirectory, "testplugins");

    [Fact]
    public async Task Two_plugins_using_different_versions_of_one_package_both_load_and_run()
    {
        await using var engine = await DocAnalysisEngine.LoadAsync(new EngineOptions { DefaultPlugins = false, Plugins = [TestPlugins] }, TestContext.Current.CancellationToken);

        var result = await engine.AnalyseAsync("some text", cancellationToken: TestContext.Current.CancellationToken);

        var versions = result.Annotations.ToDictionary(a => a.Kind, a => a.Attributes.GetString("newtonsoft"));
        Assert.Equal("13.0.0.0", versions["packageversiona"]);
        Assert.Equal("13.0.0.0", versions["packageversionb"]);
        Assert.All(result.Annotations, a => Assert.Equal("{\"length\":9}", a.Attributes.GetString("json")));
        var files = engine.Plugins.Select(p => System.Diagnostics.FileVersionInfo.GetVersionInfo(Path.Combine(p.Folder, "Newtonsoft.Json.dll")).FileVersion).ToList();
        Assert.Equal(2, files.Distinct().Count());
    }

    [Fact]
    public void Each_plugin_has_its_own_load_context_and_shares_the_contract()
    {
        var catalog = PluginCatalog.Load([TestPlugins]);

        Assert.Equal(["PackageVersionA", "PackageVersionB"], catalog.Plugins.Select(p => p.Name));
        var contexts = catalog.Plugins.Select(p => System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(p.Startups[0].GetType().Assembly)).ToList();
        Assert.NotSame(contexts[0], contexts[1]);
        Assert.All(catalog.Plugins, p => Assert.IsAssignableFrom<IPluginStartup>(p.Startups[0]));
        Assert.All(catalog.Plugins, p => Assert.Equal(Contract.Version, p.ContractVersion));
    }

    [Fact]
    public void A_missing_plugin_folder_is_a_problem_that_says_what_to_do()
    {
        var catalog = PluginCatalog.Load(["/no/such/folder"]);

        Assert.Contains("does not exist; build the plugins", Assert.Single(catalog.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_its_assembly_is_a_problem()
    {
        var root = Directory.CreateTempSubdirectory("docanalysis-plugins-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "Broken"));
            var catalog = PluginCatalog.Load([root.FullName]);

            Assert.Contains("has no Broken.dll", Assert.Single(catalog.Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
