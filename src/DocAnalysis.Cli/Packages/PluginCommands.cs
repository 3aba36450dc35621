using System.CommandLine;
using DocAnalysis.Host.Plugins;

namespace DocAnalysis.Cli.Packages;

/// <summary>
/// <c>docanalysis plugin add | list | remove | update | restore</c>: plugins as NuGet packages, pinned in
/// <c>docanalysis.json</c> with the hash of their files, installed into the per-user plugin cache. Only these commands
/// fetch; <c>run</c>, <c>verify</c>, <c>plugins</c> and <c>serve</c> load what is installed and never reach a feed.
/// </summary>
internal static class PluginCommands
{
    public static Command Build()
    {
        var command = new Command("plugin", "Add, list, remove, update and restore plugin packages (NuGet packages of type DocAnalysisPlugin), pinned in docanalysis.json.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(Restore());
        return command;
    }

    private static Option<string?> Source() => new("--source", "-s")
    {
        Description = "The feed: a folder of .nupkg files or a NuGet V3 URL. Default: the sources of nuget.config, as dotnet reads them.",
        HelpName = "feed",
    };

    private static Option<string?> Config() => new("--config")
    {
        Description = $"The configuration file that records the packages. Default: {HostSetup.DefaultConfigFile} here or in the nearest folder above, up to the repository's root; a new one here when there is none.",
        HelpName = "file",
    };

    private static Argument<string> Id(string description) => new("id") { Description = description };

    private static Command Add()
    {
        var id = Id("The package id, such as Acme.Emails.");
        var version = new Option<string?>("--version") { Description = "The version to install. Default: the highest stable one.", HelpName = "version" };
        var source = Source();
        var config = Config();
        var command = new Command("add", "Install a plugin package into the plugin cache and record it, with the hash of its files, in docanalysis.json.") { id, version, source, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var manifest = PluginManifest.Open(parse.GetValue(config), create: true)!;
            using var feed = PluginFeed.Open(parse.GetValue(source));
            var name = parse.GetValue(id)!;
            var resolved = await feed.ResolveAsync(name, parse.GetValue(version), cancellationToken);
            var installed = await feed.InstallAsync(name, resolved, null, cancellationToken);
            manifest.Set(installed);
            Terminal.Note($"added {installed} to {manifest.Path} (installed in {PluginCache.FolderOf(installed)})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var config = Config();
        var command = new Command("list", "List the plugin packages docanalysis.json records, and whether each is installed as recorded.") { config };
        command.SetAction(parse =>
        {
            var manifest = PluginManifest.Open(parse.GetValue(config), create: false);
            var packages = manifest?.Packages ?? [];
            if (packages.Count == 0)
            {
                Console.Out.WriteLine($"no plugin packages in {manifest?.Path ?? HostSetup.DefaultConfigFile}; add one with docanalysis plugin add ID");
                return ExitCodes.Success;
            }

            var problems = 0;
            foreach (var package in packages)
            {
                var problem = PluginCache.Problem(package);
                problems += problem is null ? 0 : 1;
                Console.Out.WriteLine($"{package.Package} {package.Version}  {(problem is null ? "installed" : problem.Contains("not installed", StringComparison.Ordinal) ? "not installed" : "changed since installed")}  {PluginCache.FolderOf(package)}");
            }

            return problems > 0 ? ExitCodes.DocumentProblems : ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove()
    {
        var id = Id("The package id to remove from docanalysis.json.");
        var config = Config();
        var command = new Command("remove", "Remove a plugin package from docanalysis.json (its installed files stay in the cache for other projects).") { id, config };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(id)!;
            var manifest = PluginManifest.Open(parse.GetValue(config), create: false);
            if (manifest is null || !manifest.Remove(name))
            {
                throw new UsageException($"'{name}' is not among the plugin packages of {manifest?.Path ?? HostSetup.DefaultConfigFile}");
            }

            Terminal.Note($"removed {name} from {manifest.Path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Update()
    {
        var id = new Argument<string?>("id") { Description = "The package to update. Default: every one.", Arity = ArgumentArity.ZeroOrOne };
        var source = Source();
        var config = Config();
        var command = new Command("update", "Install the highest stable version of one or every plugin package and record it.") { id, source, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var manifest = PluginManifest.Open(parse.GetValue(config), create: false);
            var only = parse.GetValue(id);
            var packages = (manifest?.Packages ?? []).Where(p => only is null || string.Equals(p.Package, only, StringComparison.OrdinalIgnoreCase)).ToList();
            if (manifest is null || packages.Count == 0)
            {
                throw new UsageException(only is null ? "there are no plugin packages to update" : $"'{only}' is not among the plugin packages of {manifest?.Path ?? HostSetup.DefaultConfigFile}");
            }

            using var feed = PluginFeed.Open(parse.GetValue(source));
            foreach (var package in packages)
            {
                var latest = await feed.ResolveAsync(package.Package, null, cancellationToken);
                if (latest.ToNormalizedString() == package.Version && PluginCache.Problem(package) is null)
                {
                    Terminal.Note($"{package} is the latest");
                    continue;
                }

                var installed = await feed.InstallAsync(package.Package, latest, null, cancellationToken);
                manifest.Set(installed);
                Terminal.Note($"updated {package} to {installed.Version}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Restore()
    {
        var source = Source();
        var config = Config();
        var command = new Command("restore", "Install every plugin package docanalysis.json records, at its version, checking its hash (what CI runs).") { source, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var manifest = PluginManifest.Open(parse.GetValue(config), create: false);
            var packages = manifest?.Packages ?? [];
            using var feed = PluginFeed.Open(parse.GetValue(source));
            var installed = 0;
            foreach (var package in packages.Where(p => PluginCache.Problem(p) is not null))
            {
                if (!NuGet.Versioning.NuGetVersion.TryParse(package.Version, out var version))
                {
                    throw new UsageException($"{manifest!.Path} names {package.Package} at version '{package.Version}', which is not a version");
                }

                await feed.InstallAsync(package.Package, version, package.Hash, cancellationToken);
                installed++;
            }

            Terminal.Note($"{installed} of {packages.Count} plugin packages installed; the others were installed as recorded");
            return ExitCodes.Success;
        });
        return command;
    }
}
