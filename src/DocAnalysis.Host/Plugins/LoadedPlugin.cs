namespace DocAnalysis.Host.Plugins;

/// <summary>
/// A plugin: an assembly loaded from a folder in its own load context, or startups given in-process
/// (<see cref="EngineOptions.Startups"/>, with an empty <see cref="AssemblyPath"/>).
/// </summary>
public sealed record LoadedPlugin(string Name, string Folder, string AssemblyPath, string Version, Version ContractVersion, IReadOnlyList<IPluginStartup> Startups)
{
    /// <summary>True for startups given in-process rather than loaded from a folder.</summary>
    public bool IsInProcess => AssemblyPath.Length == 0;
}

/// <summary>A problem found while loading plugins or composing their analysers; any problem refuses the run.</summary>
public sealed record PluginProblem(string Plugin, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Plugin}: {Message}";
}
