using System.Reflection;
using McMaster.NETCore.Plugins.Loader;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace DocAnalysis.Host.Plugins;

/// <summary>
/// Finds plugins in plugin folders (one subfolder per plugin, <c>NAME/NAME.dll</c>) and loads each in its own
/// load context. Only the contract and the Microsoft.Extensions abstractions are shared with the host; after
/// loading, the catalog checks that the plugin's types really are the host's and that its contract version fits.
/// </summary>
internal sealed class PluginCatalog
{
    private const string ContractAssemblyName = "DocAnalysis.Abstractions";

    /// <summary>The types whose assemblies are shared between the host and every plugin: nothing else is.</summary>
    public static IReadOnlyList<Type> SharedTypes { get; } =
    [
        typeof(IPluginStartup),
        typeof(IServiceCollection),
        typeof(IConfiguration),
        typeof(ILogger),
        typeof(IChangeToken),
    ];

    private readonly List<LoadedPlugin> _plugins = [];
    private readonly List<PluginProblem> _problems = [];

    private PluginCatalog()
    {
    }

    /// <summary>The plugins that loaded, in order of folder and name.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    /// <summary>What went wrong, one entry a plugin problem.</summary>
    public IReadOnlyList<PluginProblem> Problems => _problems;

    /// <summary>
    /// Loads every plugin the paths name. A path is a plugin <c>.dll</c>, one plugin's folder (<c>NAME/NAME.dll</c>,
    /// or a build output: the one assembly beside its <c>.deps.json</c>), or a folder of plugin folders. An assembly
    /// named twice is loaded once; a path that yields no plugin is a problem naming what was looked for.
    /// </summary>
    public static PluginCatalog Load(IEnumerable<string> paths)
    {
        var catalog = new PluginCatalog();
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var assembly in catalog.FindAssemblies(path))
            {
                if (loaded.Add(assembly))
                {
                    catalog.LoadOne(assembly);
                }
            }
        }

        return catalog;
    }

    private List<string> FindAssemblies(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return [full];
            }

            _problems.Add(new PluginProblem(path, $"'{path}' is a file but not a plugin assembly; name a .dll, a plugin's folder or a folder of plugin folders"));
            return [];
        }

        if (!Directory.Exists(full))
        {
            _problems.Add(new PluginProblem(path, $"the plugin path '{path}' does not exist; build the plugins (dotnet build) or pass --plugins with a plugin's build output or .dll"));
            return [];
        }

        if (PluginAssemblyIn(full) is { } own)
        {
            return [own];
        }

        if (Directory.EnumerateFiles(full, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault() is { } project)
        {
            // A plugin's project folder: its newest build output, as 'dotnet build' left it.
            if (NewestBuildOutput(full, Path.GetFileNameWithoutExtension(project)) is { } built)
            {
                return [built];
            }

            _problems.Add(new PluginProblem(path,
                $"'{path}' is the project folder of {Path.GetFileName(project)} with no build output under bin/: run 'dotnet build {path}' first"));
            return [];
        }

        var folders = Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
        {
            _problems.Add(new PluginProblem(path,
                $"no plugin found in '{path}': looked for a plugin assembly (NAME.dll beside NAME.deps.json, as in a plugin's build output, " +
                $"or {Path.GetFileName(full)}.dll) and for plugin folders (NAME/NAME.dll)"));
            return [];
        }

        var found = new List<string>();
        foreach (var folder in folders)
        {
            if (PluginAssemblyIn(folder) is { } assembly)
            {
                found.Add(assembly);
            }
            else
            {
                var name = Path.GetFileName(folder);
                _problems.Add(new PluginProblem(name, $"the folder '{folder}' has no {name}.dll nor an assembly beside its .deps.json; a plugin folder is named after its assembly"));
            }
        }

        return found;
    }

    /// <summary>
    /// The newest <c>NAME.dll</c> with its <c>NAME.deps.json</c> under <c>bin/</c> of a project folder
    /// (<c>bin/Debug/net10.0</c>, <c>bin/Release/net10.0</c>, a runtime's folder), by the time it was written.
    /// </summary>
    private static string? NewestBuildOutput(string projectFolder, string name)
    {
        var bin = Path.Combine(projectFolder, "bin");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, name + ".dll", SearchOption.AllDirectories)
                .Where(dll => File.Exists(Path.ChangeExtension(dll, ".deps.json")))
                .OrderByDescending(File.GetLastWriteTimeUtc).ThenBy(dll => dll, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
    }

    /// <summary>The plugin assembly of one plugin's folder: <c>NAME.dll</c> in folder NAME, else the one <c>X.dll</c> beside an <c>X.deps.json</c>.</summary>
    private static string? PluginAssemblyIn(string folder)
    {
        var named = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        if (File.Exists(named))
        {
            return named;
        }

        var withDeps = Directory.EnumerateFiles(folder, "*.deps.json")
            .Select(deps => deps[..^".deps.json".Length] + ".dll")
            .Where(File.Exists)
            .ToList();
        return withDeps.Count == 1 ? withDeps[0] : null;
    }

    private void LoadOne(string assemblyPath)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        var directory = Path.GetDirectoryName(assemblyPath)!;
        Assembly assembly;
        try
        {
            assembly = CreateLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            _problems.Add(new PluginProblem(name, $"{assemblyPath} cannot be loaded: {e.Message}"));
            return;
        }

        var contract = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == ContractAssemblyName);
        if (contract?.Version is not { } builtAgainst)
        {
            _problems.Add(new PluginProblem(name, $"{name}.dll does not reference {ContractAssemblyName}: it is not a DocAnalysis plugin"));
            return;
        }

        if (!Contract.IsCompatible(builtAgainst, Contract.Version))
        {
            _problems.Add(new PluginProblem(name,
                $"built against contract {Format(builtAgainst)}, but this host implements contract {Format(Contract.Version)}; " +
                $"rebuild {name} against {ContractAssemblyName} {Contract.Version.Major}.x (at most {Format(Contract.Version)})"));
            return;
        }

        var startups = CreateStartups(name, assembly);
        if (startups is null)
        {
            return;
        }

        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
        _plugins.Add(new LoadedPlugin(name, directory, assemblyPath, version, builtAgainst, startups));
    }

    /// <summary>
    /// The plugin's own load context, built with McMaster's <see cref="AssemblyLoadContextBuilder"/> as its
    /// <c>PluginLoader</c> builds it: the plugin's <c>.deps.json</c> and folder resolve its dependencies, and only the
    /// <see cref="SharedTypes"/>' assemblies come from the host. Unlike <c>PluginLoader</c>, it does not read every
    /// <c>*.runtimeconfig.json</c> for additional probing paths (only <c>runtimeconfig.dev.json</c> files, which the SDK
    /// no longer writes, have any): that read deserialised JSON by reflection, about 60 ms of every start.
    /// </summary>
    private static System.Runtime.Loader.AssemblyLoadContext CreateLoadContext(string assemblyPath)
    {
        var builder = new AssemblyLoadContextBuilder()
            .SetMainAssemblyPath(assemblyPath)
            .SetDefaultContext(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(typeof(PluginCatalog).Assembly)
                ?? System.Runtime.Loader.AssemblyLoadContext.Default);
        foreach (var shared in SharedTypes.Select(t => t.Assembly).Distinct())
        {
            builder.PreferDefaultLoadContextAssembly(shared.GetName());
        }

        return builder.Build();
    }

    private List<IPluginStartup>? CreateStartups(string name, Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException)
        {
            _problems.Add(new PluginProblem(name, $"its types cannot be loaded: {e.Message}"));
            return null;
        }

        var startups = new List<IPluginStartup>();
        foreach (var type in types.Where(t => t is { IsClass: true, IsAbstract: false }).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var contractInterface = type.GetInterfaces().FirstOrDefault(i => i.FullName == typeof(IPluginStartup).FullName);
            if (contractInterface is null)
            {
                continue;
            }

            if (contractInterface != typeof(IPluginStartup))
            {
                _problems.Add(new PluginProblem(name,
                    $"{type.FullName} implements an IPluginStartup loaded from '{contractInterface.Assembly.Location}', not the host's: " +
                    $"the plugin ships its own copy of {ContractAssemblyName}. Reference it with Private=\"false\" ExcludeAssets=\"runtime\" and remove the copy"));
                return null;
            }

            try
            {
                startups.Add((IPluginStartup)Activator.CreateInstance(type)!);
            }
            catch (Exception e) when (e is MissingMethodException or TargetInvocationException or MemberAccessException)
            {
                _problems.Add(new PluginProblem(name, $"{type.FullName} cannot be created: {(e.InnerException ?? e).Message}"));
                return null;
            }
        }

        if (startups.Count == 0)
        {
            _problems.Add(new PluginProblem(name, $"{name}.dll has no public class implementing {nameof(IPluginStartup)}"));
            return null;
        }

        return startups;
    }

    private static string Format(Version version) => $"{version.Major}.{version.Minor}";
}
