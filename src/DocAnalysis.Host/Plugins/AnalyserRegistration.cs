namespace DocAnalysis.Host.Plugins;

/// <summary>An analyser created from a plugin's registrations, with the plugin it came from (null for analysers given directly).</summary>
public sealed record AnalyserRegistration(IAnalyser Analyser, LoadedPlugin? Plugin)
{
    /// <summary>The analyser's descriptor.</summary>
    public AnalyserDescriptor Descriptor => Analyser.Descriptor;
}
