using System.Text.Json;
using System.Text.Json.Nodes;
using DocAnalysis.Host;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Plugins;

namespace DocAnalysis.Cli.Packages;

/// <summary>
/// The plugin packages a <c>docanalysis.json</c> names, as objects among its <c>plugins</c>
/// (<c>{"package": "Acme.Emails", "version": "1.0.0", "hash": "sha256-…"}</c>), and their changes: the file a team
/// commits, so that <c>docanalysis plugin restore</c> brings the same plugins to every machine. Written back indented,
/// every other setting kept (comments are not: JSON has none to keep).
/// </summary>
internal sealed class PluginManifest
{
    private readonly JsonObject _root;

    private PluginManifest(string path, JsonObject root)
    {
        Path = path;
        _root = root;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The packages it names, in its order.</summary>
    public IReadOnlyList<PluginPackageReference> Packages => File.Exists(Path) ? EngineOptions.FromJsonFile(Path).PluginPackages : [];

    /// <summary>
    /// The manifest of <paramref name="configPath"/> when given, else the <c>docanalysis.json</c> the commands would
    /// read here; with <paramref name="create"/>, a new one in the current folder when there is none.
    /// </summary>
    public static PluginManifest? Open(string? configPath, bool create)
    {
        var path = configPath ?? HostSetup.FindConfiguration(Directory.GetCurrentDirectory());
        if (path is null || (configPath is not null && !File.Exists(configPath)))
        {
            if (!create)
            {
                return configPath is null ? null : throw new UsageException($"the configuration file '{configPath}' does not exist");
            }

            path ??= System.IO.Path.Combine(Directory.GetCurrentDirectory(), HostSetup.DefaultConfigFile);
            return new PluginManifest(path, []);
        }

        try
        {
            // Checked as a run checks it (JSON, known settings), so that what is written back is a file a run reads.
            _ = EngineOptions.FromJsonFile(path);
            var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new PluginManifest(path, node as JsonObject ?? throw new UsageException($"the configuration file '{path}' must hold a JSON object"));
        }
        catch (ConfigurationFileException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Records <paramref name="reference"/>, in place of an entry of the same id.</summary>
    public void Set(PluginPackageReference reference)
    {
        var entry = new JsonObject { ["package"] = reference.Package, ["version"] = reference.Version, ["hash"] = reference.Hash };
        var plugins = Plugins();
        var at = IndexOf(plugins, reference.Package);
        if (at >= 0)
        {
            plugins[at] = entry;
        }
        else
        {
            plugins.Add(entry);
        }

        Save();
    }

    /// <summary>Removes the entry of <paramref name="id"/>; false when there is none.</summary>
    public bool Remove(string id)
    {
        var plugins = Plugins();
        var at = IndexOf(plugins, id);
        if (at < 0)
        {
            return false;
        }

        plugins.RemoveAt(at);
        Save();
        return true;
    }

    private JsonArray Plugins()
    {
        if (_root["plugins"] is JsonArray plugins)
        {
            return plugins;
        }

        var created = new JsonArray();
        _root["plugins"] = created;
        return created;
    }

    private static int IndexOf(JsonArray plugins, string id)
    {
        for (var i = 0; i < plugins.Count; i++)
        {
            if (plugins[i] is JsonObject entry && string.Equals(entry["package"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private void Save() =>
        AtomicFile.WriteAllText(Path, _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
}
