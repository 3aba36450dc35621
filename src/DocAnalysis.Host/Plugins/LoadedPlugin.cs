namespace DocAnalysis.Host.Plugins;

/// <summary>A plugin assembly loaded in its own load context, with the startups it exposes.</summary>
public sealed record LoadedPlugin(string Name, string Folder, string AssemblyPath, string Version, Version ContractVersion, IReadOnlyList<IPluginStartup> Startups);

/// <summary>A problem found while loading plugins or composing their analysers; any problem refuses the run.</summary>
public sealed record PluginProblem(string Plugin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Plugin}: {Message}";
}
