using System.Reflection;
using McMaster.NETCore.Plugins;
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
public sealed class PluginCatalog : IDisposable
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

    private readonly List<PluginLoader> _loaders = [];
    private readonly List<LoadedPlugin> _plugins = [];
    private readonly List<PluginProblem> _problems = [];

    private PluginCatalog()
    {
    }

    /// <summary>The plugins that loaded, in order of folder and name.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    /// <summary>What went wrong, one entry a plugin problem.</summary>
    public IReadOnlyList<PluginProblem> Problems => _problems;

    /// <summary>Loads every plugin found in <paramref name="folders"/>.</summary>
    public static PluginCatalog Load(IEnumerable<string> folders)
    {
        var catalog = new PluginCatalog();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                catalog._problems.Add(new PluginProblem(folder, $"the plugin folder '{folder}' does not exist; build the plugins (dotnet build) or pass --plugins DIR"));
                continue;
            }

            foreach (var pluginDirectory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            {
                catalog.LoadOne(pluginDirectory);
            }
        }

        return catalog;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var loader in _loaders)
        {
            loader.Dispose();
        }
    }

    private void LoadOne(string directory)
    {
        var name = Path.GetFileName(directory);
        var assemblyPath = Path.GetFullPath(Path.Combine(directory, name + ".dll"));
        if (!File.Exists(assemblyPath))
        {
            _problems.Add(new PluginProblem(name, $"the folder '{directory}' has no {name}.dll; a plugin folder is named after its assembly"));
            return;
        }

        var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, [.. SharedTypes], config => config.PreferSharedTypes = false);
        _loaders.Add(loader);
        Assembly assembly;
        try
        {
            assembly = loader.LoadDefaultAssembly();
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
        _plugins.Add(new LoadedPlugin(name, Path.GetFullPath(directory), assemblyPath, version, builtAgainst, startups));
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
