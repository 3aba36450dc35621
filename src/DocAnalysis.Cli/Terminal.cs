using System.Text.RegularExpressions;
using DocAnalysis.Host.Output;
using DocAnalysis.Host.Pipeline;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary>
/// Standard error, where people read progress, summaries and problems; standard output carries only results. Every
/// text that comes from outside (file names, document ids, messages quoting them) is shown with its control
/// characters escaped, so no name can send escape sequences to the terminal.
/// </summary>
internal static partial class Terminal
{
    /// <summary>Standard error as a console with colours and live displays, made when first used.</summary>
    public static IAnsiConsole Error => ErrorConsole.Instance;

    /// <summary>True when standard error is a terminal a person watches (and this is not a build server).</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && !Reports.Snapshots.BuildServer.IsDetected;

    /// <summary>
    /// A console on <paramref name="writer"/> as wide as <c>COLUMNS</c> says, or as the terminal; piped output is never
    /// wrapped (a file or another program has no width).
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        // A terminal gets live displays that redraw in place and clear when done; anything else gets plain lines.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.Detect : AnsiSupport.Yes,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Yes,
        });
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
        {
            console.Profile.Width = columns;
        }
        else if (redirected)
        {
            console.Profile.Width = short.MaxValue;
        }

        return console;
    }

    public static void ReportDiagnostics(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Line("red", $"error {diagnostic.Id}", diagnostic.Message);
        }
    }

    /// <summary>
    /// A usage or setup error, composed by the CLI or the engine: its lines (a list of problems under a heading) print
    /// as lines; what it quotes from outside was escaped where it was composed.
    /// </summary>
    public static void ReportUsage(string message) => Line("red", "error", message, keepLines: true);

    public static void Note(string message) => Line("yellow", "note", message);

    /// <summary>The run's summary line, grey on a terminal.</summary>
    public static void Summary(string message) => Line("grey", null, message);

    /// <summary>
    /// One line on standard error: <c>LABEL: MESSAGE</c>, coloured through <see cref="Error"/> when a person watches the
    /// terminal (a live display redraws around it); written as it is when standard error goes to a file or another
    /// program, which neither starts the console library (about 25 ms of a short run) nor sends it escape sequences.
    /// </summary>
    private static void Line(string colour, string? label, string message, bool keepLines = false)
    {
        var text = keepLines ? Printable.EscapeKeepingLines(message) : Printable.Escape(message);
        if (Console.IsErrorRedirected)
        {
            Console.Error.WriteLine(label is null ? text : $"{label}: {text}");
        }
        else if (label is null)
        {
            Error.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
        }
        else
        {
            Error.MarkupLine($"[{colour}]{Markup.Escape(label)}[/]: {Markup.Escape(text)}");
        }
    }

    /// <summary>Shows the cursor again (a live display hides it), when standard error is a terminal.</summary>
    public static void RestoreCursor()
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\u001b[?25h");
        }
    }

    /// <summary>
    /// A parser's message in a user's words: no .NET type names (<c>as expected type 'System.Int32'</c> says nothing to
    /// a user), and an option <paramref name="command"/> does not have named with the one it is closest to.
    /// </summary>
    public static string Friendly(string message, System.CommandLine.Command command)
    {
        // "Unrecognized command or argument '--isolaton'." names an option mistyped: say so, and which one was meant.
        if (UnknownArgument().Match(message) is { Success: true } unknown && unknown.Groups[1].Value.StartsWith('-'))
        {
            return Suggestion.UnknownOption(unknown.Groups[1].Value, command);
        }

        return TypeName().Replace(message, "");
    }

    private static class ErrorConsole
    {
        public static readonly IAnsiConsole Instance = Create(Console.Error, Console.IsErrorRedirected);
    }

    [GeneratedRegex(@" as expected type '[^'\n]{1,200}'")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^Unrecognized command or argument '([^'\n]{1,200})'\.?$")]
    private static partial Regex UnknownArgument();
}
