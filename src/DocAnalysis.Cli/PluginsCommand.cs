using System.CommandLine;
using DocAnalysis.Host;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary><c>docanalysis plugins</c>: what was found, in which order the analysers run, and what is wrong.</summary>
internal sealed class PluginsCommand
{
    private readonly HostSetup _setup = new();

    private readonly Option<bool> _wide = new("--wide")
    {
        Description = "Show each plugin's display name and full folder (the table no longer fits a 100-column terminal).",
    };

    public Command Build()
    {
        var command = new Command("plugins", "List the plugins found, their analysers in run order with what they require and provide, and any problem.");
        _setup.AddTo(command);
        command.Options.Add(_wide);
        command.SetAction(Execute);
        return command;
    }

    private int Execute(ParseResult parseResult)
    {
        using var loggerFactory = HostSetup.CreateLoggerFactory();
        var options = _setup.Resolve(parseResult, loggerFactory);
        using var engine = DocAnalysisEngine.Compose(options);
        var console = Terminal.Create(Console.Out, Console.IsOutputRedirected);
        console.MarkupLineInterpolated($"Plugin paths: {string.Join(", ", options.PluginPaths)}");
        console.MarkupLineInterpolated($"Contract: {Contract.Version.ToString(2)}");
        console.WriteLine();

        var wide = parseResult.GetValue(_wide);
        var order = engine.Pipeline.Select(a => a.Id).ToList();
        var table = new Table().AddColumns("#", "analyser", "plugin", "requires", "uses", "provides");
        var rows = engine.Analysers
            .OrderBy(a => order.IndexOf(a.Descriptor.Id) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(a => a.Descriptor.Id, StringComparer.Ordinal);
        foreach (var analyser in rows)
        {
            var d = analyser.Descriptor;
            var position = order.IndexOf(d.Id) is var i and >= 0 ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : options.Disabled.Contains(d.Id) ? "disabled" : "-";
            table.AddRow(
                Markup.Escape(position),
                Markup.Escape(wide ? $"{d.Id} {d.Version.ToString(3)}\n{d.DisplayName}" : $"{d.Id} {d.Version.ToString(3)}"),
                Markup.Escape(analyser.Plugin is { IsInProcess: false } p ? (wide ? $"{p.Name} {p.Version}\n{p.Folder}" : Where(p.Name, p.Folder)) : "(built in)"),
                Markup.Escape(string.Join("\n", d.Requires)),
                Markup.Escape(string.Join("\n", d.Uses)),
                Markup.Escape(string.Join("\n", d.Provides)));
        }

        console.Write(table);
        if (engine.Problems.Count == 0)
        {
            console.MarkupLineInterpolated($"{engine.Plugins.Count} plugins, {order.Count} analysers in order: {string.Join(" → ", order)}");
            return ExitCodes.Success;
        }

        console.MarkupLine("[red]Problems:[/]");
        foreach (var problem in engine.Problems)
        {
            console.MarkupLineInterpolated($"  - {problem}");
        }

        return ExitCodes.UsageOrSetup;
    }

    /// <summary>The longest path shown for a plugin's folder in the narrow table.</summary>
    private const int MaxPathShown = 32;

    /// <summary>
    /// A plugin's place, short enough for a 100-column table: <c>shipped</c> for the tool's own plugins, its name and a path relative
    /// to the current folder when it lies inside it, else the folder's last two parts (<c>--wide</c> shows it whole).
    /// </summary>
    private static string Where(string name, string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (Path.GetDirectoryName(full) is { } parent && string.Equals(parent, Path.TrimEndingDirectorySeparator(EngineOptions.DefaultPluginFolder), StringComparison.Ordinal))
        {
            return "shipped";
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) && relative.Length <= MaxPathShown)
        {
            return $"{name}\n{relative}";
        }

        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 2 ? $"{name}\n{full}" : $"{name}\n…{Path.DirectorySeparatorChar}{string.Join(Path.DirectorySeparatorChar, parts[^2..])}";
    }
}
