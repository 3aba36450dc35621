using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace DocAnalysis.TestPlugins;

/// <summary>Reports the Newtonsoft.Json version its plugin loaded, serialising with it to prove the package works.</summary>
public sealed class PackageVersionAnalyser : IAnalyser
{
    private static readonly string Name = typeof(PackageVersionAnalyser).Assembly.GetName().Name!;

    public AnalyserDescriptor Descriptor { get; } = new(Name.ToLowerInvariant(), Name, new Version(1, 0, 0)) { Provides = [Name.ToLowerInvariant()] };

    public void Analyse(IAnalysisContext context)
    {
        var version = typeof(JsonConvert).Assembly.GetName().Version!.ToString();
        var attributes = new AnnotationAttributes { { "newtonsoft", version }, { "json", JsonConvert.SerializeObject(new { length = context.Text.Length }) } };
        context.Add(new Annotation(Descriptor.Id, new TextSpan(0, 0), attributes));
    }
}

public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers) => services.AddSingleton<IAnalyser, PackageVersionAnalyser>();
}
