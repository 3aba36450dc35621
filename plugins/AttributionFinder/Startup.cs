using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>Registers the attribution finder with the cue lexicon it ships.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        services.AddSingleton(CueLexicon.LoadEmbedded());
        services.AddSingleton<IAnalyser, AttributionFinder>();
    }
}
