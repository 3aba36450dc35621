namespace DocAnalysis.Host;

/// <summary>
/// The host's settings, from <c>docanalysis.json</c> (or <c>--config</c>) and overridden by command-line flags.
/// Each analyser's own options live under <c>analysers:&lt;id&gt;</c> in the same file.
/// </summary>
public sealed class HostSettings
{
    /// <summary>Folders to load plugins from, one subfolder per plugin; relative paths are relative to the configuration file.</summary>
    public List<string> Plugins { get; set; } = [];

    /// <summary>Ids of analysers not to run.</summary>
    public List<string> Disabled { get; set; } = [];

    /// <summary>Preferred order of analysers where requirements leave a choice.</summary>
    public List<string> Order { get; set; } = [];

    /// <summary>How long one analyser may take on one document, in seconds.</summary>
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>How many documents are analysed at once; 0 means one per core.</summary>
    public int Parallel { get; set; }
}
