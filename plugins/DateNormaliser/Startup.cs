using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.Dates;

/// <summary>Registers the date normaliser.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers) =>
        services.AddSingleton<IAnalyser, DateNormaliser>();
}
