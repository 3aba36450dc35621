using System.Runtime.CompilerServices;
using DocAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hostile;

/// <summary>
/// Does what a document's marker says: <c>[stack-overflow]</c>, <c>[fail-fast]</c>, <c>[exit-zero]</c>,
/// <c>[thread-throw]</c> (an exception on a thread of its own), <c>[spin]</c> (a loop that never looks at
/// cancellation), <c>[print]</c> (writes to the console), <c>[spawn-exit]</c> (starts a long <c>sleep</c> that
/// keeps the process's output open, then exits), <c>[lone-surrogate]</c> (a field that is half a character),
/// <c>[out-of-memory]</c> (the runtime's out-of-memory error), <c>[memory]</c> (takes memory until stopped),
/// <c>[index]</c> (reads past the end of an array, as a plugin's bug does).
/// Anything else gets one <c>hostile-checked</c> annotation over the first character.
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
        else if (text.Contains("[print]", StringComparison.Ordinal))
        {
            Console.WriteLine("hostile: printed by the plugin");
            Console.Out.Flush();
            context.Add(new Annotation("hostile-checked", new TextSpan(0, 1)));
        }
        else if (text.Contains("[spawn-exit]", StringComparison.Ordinal))
        {
            // The child inherits the process's standard output and error and outlives it.
            System.Diagnostics.Process.Start("sleep", SpawnedSleep);
            Environment.Exit(3);
        }
        else if (text.Contains("[lone-surrogate]", StringComparison.Ordinal))
        {
            context.Add(new Annotation("hostile-checked", new TextSpan(0, 1), new AnnotationAttributes { { "note", "half \ud800 a character" } }));
        }
        else if (text.Contains("[out-of-memory]", StringComparison.Ordinal))
        {
            throw new OutOfMemoryException();
        }
        else if (text.Contains("[memory]", StringComparison.Ordinal))
        {
            TakeMemory();
        }
        else if (text.Contains("[index]", StringComparison.Ordinal))
        {
            var words = text.Split(' ');
            context.Add(new Annotation("hostile-checked", new TextSpan(0, words[words.Length].Length)));
        }
        else if (text.Length > 0)
        {
            context.Add(new Annotation("hostile-checked", new TextSpan(0, 1)));
        }
    }

    /// <summary>The argument of the sleep <c>[spawn-exit]</c> leaves behind: a test looks for it among the processes.</summary>
    public const string SpawnedSleep = "303.25";

    private static readonly List<byte[]> Taken = [];

    private static void TakeMemory()
    {
        for (var i = 0; i < 64; i++)
        {
            var chunk = new byte[64 * 1024 * 1024];
            Array.Fill(chunk, (byte)1);
            Taken.Add(chunk);
            Thread.Sleep(20);
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
