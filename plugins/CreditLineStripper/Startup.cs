using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>Registers the credit-line stripper with its options from <c>analysers:credit-line-stripper</c>.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        var section = analysers.GetSection(CreditLineStripper.Id);
        var options = section.Get<CreditLineOptions>() ?? new CreditLineOptions();
        if (section.GetSection("strip") is { Value: "" } strip && !strip.GetChildren().Any())
        {
            // "strip": [] strips nothing (the binder leaves an empty list unset, which would mean the default: all labels).
            options.Strip = [];
        }

        services.AddSingleton(options);
        services.AddSingleton<IAnalyser, CreditLineStripper>();
    }
}
