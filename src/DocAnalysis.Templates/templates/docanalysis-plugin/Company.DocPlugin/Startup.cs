using DocAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Company.DocPlugin;

/// <summary>The plugin's entry point: the host finds it, passes the configuration's analysers section, and builds the analysers.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        var options = analysers.GetSection(ContactFinder.Id).Get<ContactFinderOptions>() ?? new ContactFinderOptions();
        services.AddSingleton(options);
        services.AddSingleton<IAnalyser, ContactFinder>();
        services.AddSingleton<IAnalyser, ContactDomains>(); // a plugin may hold several analysers
    }
}
