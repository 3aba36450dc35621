namespace DocAnalysis.Host.Plugins;

/// <summary>
/// An analyser created from a plugin's registrations, with the plugin it came from (null for analysers given
/// directly). Its descriptor is read once, here: a descriptor that throws or names no id is a problem at load time.
/// </summary>
public sealed class AnalyserRegistration
{
    /// <summary>Reads the analyser's descriptor once; throws <see cref="InvalidOperationException"/> naming what is wrong with it.</summary>
    public AnalyserRegistration(IAnalyser analyser, LoadedPlugin? plugin)
    {
        ArgumentNullException.ThrowIfNull(analyser);
        Analyser = analyser;
        Plugin = plugin;
        AnalyserDescriptor? descriptor;
        try
        {
            descriptor = analyser.Descriptor;
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"its Descriptor cannot be read: {e.Message}", e);
        }

        if (descriptor is null || string.IsNullOrWhiteSpace(descriptor.Id))
        {
            throw new InvalidOperationException(descriptor is null ? "its Descriptor is null" : "its Descriptor has no id");
        }

        Descriptor = descriptor with { Requires = [.. descriptor.Requires ?? []], Uses = [.. descriptor.Uses ?? []], Provides = [.. descriptor.Provides ?? []] };
    }

    /// <summary>The analyser.</summary>
    public IAnalyser Analyser { get; }

    /// <summary>The plugin it came from, or null.</summary>
    public LoadedPlugin? Plugin { get; }

    /// <summary>The analyser's descriptor, as read when it was created.</summary>
    public AnalyserDescriptor Descriptor { get; }
}
