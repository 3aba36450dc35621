using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.Attributions;

/// <summary>Registers the attribution finder with the cue lexicon it ships.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        var lexicon = CueLexicon.LoadEmbedded();
        services.AddSingleton(lexicon);
        services.AddSingleton(CueModel.LoadEmbedded(lexicon));
        services.AddSingleton(Acceptance.LoadEmbedded());
        services.AddSingleton(ContentEnds.LoadEmbedded());
        services.AddSingleton(SourceChoices.LoadEmbedded());
        services.AddSingleton<IAnalyser, AttributionFinder>();
    }
}
