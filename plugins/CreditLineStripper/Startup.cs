using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.CreditLines;

/// <summary>Registers the credit-line stripper with its options from <c>analysers:credit-line-stripper</c>.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        var options = analysers.GetSection(CreditLineStripper.Id).Get<CreditLineOptions>() ?? new CreditLineOptions();
        services.AddSingleton(options);
        services.AddSingleton<IAnalyser, CreditLineStripper>();
    }
}
