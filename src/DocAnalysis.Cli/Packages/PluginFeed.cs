using DocAnalysis.Host.Output;
using DocAnalysis.Host.Plugins;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Packaging;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;

namespace DocAnalysis.Cli.Packages;

/// <summary>
/// Finds plugin packages on NuGet feeds with NuGet's own client (the sources of <c>nuget.config</c>, as <c>dotnet</c>
/// reads them, or one given folder or URL), checks that one is a DocAnalysis plugin built against a contract this
/// host runs, and installs its <c>plugin/</c> folder into the <see cref="PluginCache"/> — every check made before a file
/// is written, no file written outside the package's folder.
/// </summary>
internal sealed class PluginFeed : IDisposable
{
    /// <summary>The package type a plugin package carries, versioned with the contract it was built against.</summary>
    public const string PackageType = "DocAnalysisPlugin";

    private const string PluginFolder = "plugin/";

    /// <summary>The most a package may unpack to, and the most files: beyond them it is refused (an archive bomb), whatever its header says.</summary>
    private const long MaxUnpackedBytes = 1L << 30;

    private const int MaxFiles = 20_000;

    private readonly IReadOnlyList<PackageSource> _sources;
    private readonly SourceCacheContext _cache = new() { NoCache = true, DirectDownload = true };

    private PluginFeed(IReadOnlyList<PackageSource> sources) => _sources = sources;

    /// <summary>The feeds to read: <paramref name="source"/> alone when given, else the enabled sources of <c>nuget.config</c>.</summary>
    public static PluginFeed Open(string? source)
    {
        if (source is not null)
        {
            var path = Uri.TryCreate(source, UriKind.Absolute, out var uri) && !uri.IsFile ? source : Path.GetFullPath(source);
            return new PluginFeed([new PackageSource(path)]);
        }

        var settings = Settings.LoadDefaultSettings(Directory.GetCurrentDirectory());
        return new PluginFeed([.. new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled)]);
    }

    private string Where => string.Join(", ", _sources.Select(s => s.Source));

    public void Dispose() => _cache.Dispose();

    /// <summary>The version to install: <paramref name="version"/> when given and found, else the highest stable one (or prerelease, when there is no stable one).</summary>
    public async Task<NuGetVersion> ResolveAsync(string id, string? version, CancellationToken cancellationToken)
    {
        var found = new SortedSet<NuGetVersion>();
        foreach (var source in _sources)
        {
            var resource = await Resource(source, cancellationToken).ConfigureAwait(false);
            try
            {
                found.UnionWith(await resource.GetAllVersionsAsync(id, _cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false));
            }
            catch (FatalProtocolException e)
            {
                throw new UsageException($"cannot read the feed {source.Source}: {e.Message}");
            }
        }

        if (found.Count == 0)
        {
            throw new UsageException($"no package '{id}' on {Where}; check the id, or name the feed with --source");
        }

        if (version is null)
        {
            return found.Where(v => !v.IsPrerelease).DefaultIfEmpty(found.Max).Max()!;
        }

        return NuGetVersion.TryParse(version, out var wanted) && found.Contains(wanted) ? wanted
            : throw new UsageException($"'{id}' has no version {version} on {Where} (it has {string.Join(", ", found.Reverse().Take(5))})");
    }

    /// <summary>
    /// Downloads <paramref name="id"/> <paramref name="version"/>, checks it and installs it into the cache; returns
    /// its reference with the hash of its installed files. Throws <see cref="UsageException"/> naming what is wrong:
    /// not a plugin, an incompatible contract, an entry that leads outside its folder, a hash other than
    /// <paramref name="expectedHash"/>.
    /// </summary>
    public async Task<PluginPackageReference> InstallAsync(string id, NuGetVersion version, string? expectedHash, CancellationToken cancellationToken)
    {
        using var nupkg = new MemoryStream();
        foreach (var source in _sources)
        {
            var resource = await Resource(source, cancellationToken).ConfigureAwait(false);
            if (await resource.CopyNupkgToStreamAsync(id, version, nupkg, _cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false))
            {
                break;
            }
        }

        if (nupkg.Length == 0)
        {
            throw new UsageException($"'{id}' {version} was not found on {Where}");
        }

        nupkg.Position = 0;
        using var reader = new PackageArchiveReader(nupkg);
        var identity = reader.GetIdentity();
        var name = $"{identity.Id} {identity.Version.ToNormalizedString()}";
        var type = reader.GetPackageTypes().FirstOrDefault(t => t.Name == PackageType)
            ?? throw new UsageException($"{name} is not a DocAnalysis plugin package (its package type is {string.Join(", ", reader.GetPackageTypes().Select(t => t.Name).DefaultIfEmpty("Dependency"))}); a plugin package is packed from a project that references DocAnalysis.Abstractions");
        if (!Contract.IsCompatible(type.Version, Contract.Version))
        {
            throw new UsageException($"{name} was built against contract {type.Version.ToString(2)}, and this docanalysis has contract {Contract.Version.ToString(2)}: " +
                (type.Version.Major != Contract.Version.Major ? "a different major version" : "a newer minor version") + "; nothing was installed");
        }

        var reference = new PluginPackageReference(identity.Id, identity.Version.ToNormalizedString());
        var folder = PluginCache.FolderOf(reference);
        var entries = reader.GetFiles().Where(f => f.StartsWith(PluginFolder, StringComparison.Ordinal) && !f.EndsWith('/')).ToList();
        var staging = Path.Combine(Path.GetDirectoryName(folder)!, $".{Path.GetFileName(folder)}.{Environment.ProcessId}.installing");
        foreach (var entry in reader.GetFiles())
        {
            // Every entry is checked, not only the plugin's: an archive that carries one way out is refused whole.
            if (!IsInside(staging, entry))
            {
                throw new UsageException($"{name} has an entry '{Printable.Escape(entry)}' that leads outside its folder; nothing was installed");
            }
        }

        if (entries.Count == 0)
        {
            throw new UsageException($"{name} holds no {PluginFolder} folder: it is not a plugin package that docanalysis can load");
        }

        if (entries.Count > MaxFiles)
        {
            throw new UsageException($"{name} holds {entries.Count:N0} files in {PluginFolder}, more than the {MaxFiles:N0} a plugin may have; nothing was installed");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        try
        {
            var budget = MaxUnpackedBytes;
            var buffer = new byte[1 << 16];
            foreach (var entry in entries)
            {
                var target = Path.GetFullPath(Path.Combine(staging, entry[PluginFolder.Length..]));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var from = reader.GetStream(entry);
                using var to = File.Create(target);
                int read;
                while ((read = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    // Counted as it is unpacked: a header can claim any size.
                    budget -= read;
                    if (budget < 0)
                    {
                        throw new UsageException($"{name} unpacks to more than {MaxUnpackedBytes / (1 << 20):N0} MB; nothing was installed");
                    }

                    await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            var hash = PluginCache.Hash(staging);
            if (expectedHash is not null && hash != expectedHash)
            {
                throw new UsageException($"{name} from {Where} does not match the hash the configuration records ({expectedHash}; the package's files hash to {hash}); nothing was installed");
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
            return reference with { Hash = hash };
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<FindPackageByIdResource> Resource(PackageSource source, CancellationToken cancellationToken) =>
        await Repository.Factory.GetCoreV3(source).GetResourceAsync<FindPackageByIdResource>(cancellationToken).ConfigureAwait(false)
            ?? throw new UsageException($"'{source.Source}' is not a feed docanalysis can read: name a folder of .nupkg files or a NuGet V3 URL (ending in index.json)");

    /// <summary>Whether an archive entry, extracted under <paramref name="folder"/>, stays inside it: no root, no <c>..</c>, no drive.</summary>
    private static bool IsInside(string folder, string entry)
    {
        var normalised = entry.Replace('\\', '/');
        if (normalised.StartsWith('/') || normalised.Contains(':', StringComparison.Ordinal) || normalised.Split('/').Any(part => part == ".."))
        {
            return false;
        }

        var target = Path.GetFullPath(Path.Combine(folder, normalised));
        return target.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
