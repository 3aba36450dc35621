using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis.Plugins.Numbers;

/// <summary>Registers the number reconciler with its options from <c>analysers:number-reconciler</c>.</summary>
public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers)
    {
        services.AddSingleton(analysers.GetSection(NumberReconciler.Id).Get<NumberOptions>() ?? new NumberOptions());
        services.AddSingleton<IAnalyser, NumberReconciler>();
    }
}
