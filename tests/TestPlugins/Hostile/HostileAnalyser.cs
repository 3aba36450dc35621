using System.Runtime.CompilerServices;
using DocAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hostile;

/// <summary>
/// Does what a document's marker says: <c>[stack-overflow]</c>, <c>[fail-fast]</c>, <c>[exit-zero]</c>,
/// <c>[thread-throw]</c> (an exception on a thread of its own), <c>[spin]</c> (a loop that never looks at
/// cancellation). Anything else gets one <c>hostile-checked</c> annotation over the first character.
/// </summary>
public sealed class HostileAnalyser : IAnalyser
{
    public AnalyserDescriptor Descriptor { get; } = new("hostile", "Hostile analyser", AnalyserDescriptor.VersionOf(typeof(HostileAnalyser)))
    {
        Provides = ["hostile-checked"],
    };

    public void Analyse(IAnalysisContext context)
    {
        var text = context.Text;
        if (text.Contains("[stack-overflow]", StringComparison.Ordinal))
        {
            Recurse(0);
        }
        else if (text.Contains("[fail-fast]", StringComparison.Ordinal))
        {
            Environment.FailFast("the hostile plugin gives up");
        }
        else if (text.Contains("[exit-zero]", StringComparison.Ordinal))
        {
            Environment.Exit(0);
        }
        else if (text.Contains("[thread-throw]", StringComparison.Ordinal))
        {
            var thread = new Thread(() => throw new InvalidOperationException("thrown on the hostile plugin's own thread"));
            thread.Start();
            thread.Join();
        }
        else if (text.Contains("[spin]", StringComparison.Ordinal))
        {
            Spin();
        }
        else if (text.Length > 0)
        {
            context.Add(new Annotation("hostile-checked", new TextSpan(0, 1)));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[256];
        frame[depth % 256] = 1;
        return Recurse(depth + 1) + frame[0];
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.NoOptimization)]
    private static void Spin()
    {
        var turns = 0L;
        while (turns >= 0)
        {
            turns = (turns + 1) % long.MaxValue;
        }
    }
}

public sealed class Startup : IPluginStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration analysers) => services.AddSingleton<IAnalyser, HostileAnalyser>();
}
