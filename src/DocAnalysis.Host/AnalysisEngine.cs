using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host;

/// <summary>
/// The composed host: plugins loaded, analysers created and ordered into a pipeline. It never throws for a bad
/// plugin set; it lists the problems, and a run refuses to start while there are any.
/// </summary>
public sealed class AnalysisEngine : IDisposable
{
    private readonly PluginCatalog? _catalog;
    private readonly ServiceProvider? _services;

    private AnalysisEngine(PluginCatalog? catalog, ServiceProvider? services, IReadOnlyList<AnalyserRegistration> analysers, IReadOnlyList<string> problems, AnalysisPipeline? pipeline)
    {
        _catalog = catalog;
        _services = services;
        Analysers = analysers;
        Problems = problems;
        Pipeline = pipeline;
    }

    /// <summary>The plugins that loaded.</summary>
    public IReadOnlyList<LoadedPlugin> Plugins => _catalog?.Plugins ?? [];

    /// <summary>Every analyser created, enabled or not.</summary>
    public IReadOnlyList<AnalyserRegistration> Analysers { get; }

    /// <summary>Everything that stops a run: plugins that failed to load, analysers that cannot be ordered.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The ordered pipeline, or null when there are problems.</summary>
    public AnalysisPipeline? Pipeline { get; }

    /// <summary>Loads the plugins of <see cref="HostSettings.Plugins"/> and composes them.</summary>
    public static AnalysisEngine Create(HostSettings settings, IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        var catalog = PluginCatalog.Load(settings.Plugins);
        var (analysers, composeProblems, services) = AnalyserComposer.Compose(catalog.Plugins, configuration.GetSection("analysers"), loggerFactory);
        var problems = catalog.Problems.Concat(composeProblems).Select(p => p.ToString()).ToList();
        var engine = Compose(settings, analysers, problems, loggerFactory, catalog, services);
        return engine;
    }

    /// <summary>Composes analysers given directly (tests, embedding), without loading plugins.</summary>
    public static AnalysisEngine FromAnalysers(IEnumerable<IAnalyser> analysers, HostSettings settings, ILoggerFactory loggerFactory) =>
        Compose(settings, [.. analysers.Select(a => new AnalyserRegistration(a, null))], [], loggerFactory, null, null);

    /// <inheritdoc/>
    public void Dispose()
    {
        _services?.Dispose();
        _catalog?.Dispose();
    }

    private static AnalysisEngine Compose(
        HostSettings settings, IReadOnlyList<AnalyserRegistration> analysers, List<string> problems, ILoggerFactory loggerFactory, PluginCatalog? catalog, ServiceProvider? services)
    {
        var known = analysers.Select(a => a.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(settings.Disabled.Where(id => !known.Contains(id)).Select(id => $"configuration: 'disabled' names '{id}', which no loaded analyser has"));
        if (settings.TimeoutSeconds <= 0)
        {
            problems.Add($"configuration: timeoutSeconds must be positive, not {settings.TimeoutSeconds}");
        }

        AnalysisPipeline? pipeline = null;
        if (problems.Count == 0)
        {
            try
            {
                var enabled = analysers.Where(a => !settings.Disabled.Contains(a.Descriptor.Id, StringComparer.Ordinal));
                var ordered = PipelinePlanner.Plan(enabled, settings.Order);
                pipeline = new AnalysisPipeline(ordered, TimeSpan.FromSeconds(settings.TimeoutSeconds), loggerFactory);
            }
            catch (PipelineException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        return new AnalysisEngine(catalog, services, analysers, problems, pipeline);
    }
}
