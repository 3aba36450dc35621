using System.CommandLine;
using DocAnalysis.Host;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary><c>docanalysis plugins</c>: what was found, in which order the analysers run, and what is wrong.</summary>
internal sealed class PluginsCommand
{
    private readonly HostSetup _setup = new();

    public Command Build()
    {
        var command = new Command("plugins", "List the plugins found, their analysers in run order with what they require and provide, and any problem.");
        _setup.AddTo(command);
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

        var order = engine.Pipeline.Select(a => a.Id).ToList();
        var table = new Table().AddColumns("#", "analyser", "version", "plugin", "requires", "uses", "provides");
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
                Markup.Escape($"{d.Id} ({d.DisplayName})"),
                Markup.Escape(d.Version.ToString(3)),
                Markup.Escape(analyser.Plugin is { IsInProcess: false } p ? $"{p.Name} {p.Version}\n{p.Folder}" : "(built in)"),
                Markup.Escape(string.Join(", ", d.Requires)),
                Markup.Escape(string.Join(", ", d.Uses)),
                Markup.Escape(string.Join(", ", d.Provides)));
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
}
