using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DocAnalysis;

/// <summary>
/// The entry point of a plugin assembly: registers its analysers (as <see cref="IAnalyser"/>) and their options.
/// It needs a public parameterless constructor.
/// </summary>
public interface IPluginStartup
{
    /// <summary>Registers services. <paramref name="analysers"/> is the configuration's <c>analysers</c> section: bind an analyser's options from the child named after its id.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration analysers);
}
