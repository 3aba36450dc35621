using System.CommandLine;
using DocAnalysis.Host;

namespace DocAnalysis.Cli;

/// <summary>"Did you mean" for the command line (the configuration file's settings get theirs from <see cref="EngineOptions.FromJsonFile"/>).</summary>
internal static class Suggestion
{
    /// <summary>
    /// What to say of an option <paramref name="command"/> does not have: <c>unknown option '--paralel' (did you mean
    /// '--parallel'?)</c>, the suggestion among its long option names and aliases.
    /// </summary>
    public static string UnknownOption(string given, Command command)
    {
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        return Typos.Closest(given, known) is { } meant ? $"unknown option '{given}' (did you mean '{meant}'?)" : $"unknown option '{given}'";
    }
}
