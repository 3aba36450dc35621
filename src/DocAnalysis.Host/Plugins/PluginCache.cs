using System.Security.Cryptography;
using System.Text;

namespace DocAnalysis.Host.Plugins;

/// <summary>
/// A plugin package a configuration names (<c>"plugins": [{"package": "Acme.Emails", "version": "1.0.0", "hash": "sha256-…"}]</c>
/// in <c>docanalysis.json</c>): installed by <c>docanalysis plugin add</c> or <c>restore</c> into the
/// <see cref="PluginCache"/>, loaded from there like any plugin folder. Nothing is fetched to load one.
/// </summary>
/// <param name="Package">The package id.</param>
/// <param name="Version">The exact version installed.</param>
public sealed record PluginPackageReference(string Package, string Version)
{
    /// <summary>The hash of the plugin's files as installed (<see cref="PluginCache.Hash"/>), checked before they load; none when null.</summary>
    public string? Hash { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Package} {Version}";
}

/// <summary>
/// The per-user folder plugin packages are installed into, one folder per id and version
/// (<c>~/.local/share/docanalysis/plugins/acme.emails/1.0.0/</c>; <c>DOCANALYSIS_PLUGIN_CACHE</c> moves it), each a
/// plugin folder as a build leaves one. The host only reads it: fetching and installing are the tool's.
/// </summary>
public static class PluginCache
{
    /// <summary>The environment variable that moves the cache (for CI, tests, a shared machine).</summary>
    public const string Variable = "DOCANALYSIS_PLUGIN_CACHE";

    /// <summary>The cache's folder.</summary>
    public static string Root => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given
        ? Path.GetFullPath(given)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "docanalysis", "plugins");

    /// <summary>Where <paramref name="reference"/> is installed: its id in lower case, then its version.</summary>
    public static string FolderOf(PluginPackageReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Path.Combine(Root, reference.Package.ToLowerInvariant(), reference.Version.ToLowerInvariant());
    }

    /// <summary>What stops <paramref name="reference"/> from loading, in a user's words; null when it can load.</summary>
    public static string? Problem(PluginPackageReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var folder = FolderOf(reference);
        if (!Directory.Exists(folder))
        {
            return $"the plugin package {reference} is not installed (looked in {folder}): run 'docanalysis plugin restore'";
        }

        return reference.Hash is { } expected && Hash(folder) is var actual && actual != expected
            ? $"the installed files of plugin package {reference} ({folder}) do not match the hash the configuration records ({expected}, found {actual}): run 'docanalysis plugin restore' to install them again"
            : null;
    }

    /// <summary>
    /// The hash of a plugin folder's files: SHA-256 over each file's path (relative, <c>/</c>-separated, in ordinal
    /// order), length and bytes, as <c>sha256-BASE64</c>. The same files give the same hash on any machine.
    /// </summary>
    public static string Hash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), Full: f))
            .OrderBy(f => f.Path, StringComparer.Ordinal);
        Span<byte> length = stackalloc byte[8];
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            hash.AppendData([0]);
            var bytes = File.ReadAllBytes(full);
            BitConverter.TryWriteBytes(length, (long)bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return "sha256-" + Convert.ToBase64String(hash.GetHashAndReset());
    }
}
