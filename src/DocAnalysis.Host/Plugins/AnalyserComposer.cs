using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Host.Plugins;

/// <summary>Builds one service container from every plugin's startup and creates the analysers they registered.</summary>
internal static class AnalyserComposer
{
    /// <summary>Registers every plugin's services, builds the container and creates each registered analyser; failures become problems.</summary>
    public static (IReadOnlyList<AnalyserRegistration> Analysers, IReadOnlyList<PluginProblem> Problems, ServiceProvider Services) Compose(
        IEnumerable<LoadedPlugin> plugins, IConfiguration analysersSection, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        var problems = new List<PluginProblem>();
        var owners = new List<(ServiceDescriptor Descriptor, LoadedPlugin Plugin)>();
        foreach (var plugin in plugins)
        {
            foreach (var startup in plugin.Startups)
            {
                var before = services.Count;
                try
                {
                    startup.ConfigureServices(services, analysersSection);
                }
                catch (Exception e)
                {
                    problems.Add(new PluginProblem(plugin.Name, $"{startup.GetType().FullName}.ConfigureServices failed: {e.Message}"));
                    continue;
                }

                owners.AddRange(services.Skip(before).Where(d => d.ServiceType == typeof(IAnalyser) && !d.IsKeyedService).Select(d => (d, plugin)));
            }
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var analysers = new List<AnalyserRegistration>();
        foreach (var (descriptor, plugin) in owners)
        {
            try
            {
                var analyser = (IAnalyser)(descriptor.ImplementationInstance
                    ?? descriptor.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
                analysers.Add(new AnalyserRegistration(analyser, plugin));
            }
            catch (Exception e)
            {
                var type = descriptor.ImplementationType?.FullName ?? "an analyser";
                problems.Add(new PluginProblem(plugin.Name, $"{type} cannot be created: {e.Message}"));
            }
        }

        return (analysers, problems, provider);
    }
}
