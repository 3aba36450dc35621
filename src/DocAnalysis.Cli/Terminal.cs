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
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>True when standard error is a terminal a person watches (and this is not a build server).</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && !Host.Snapshots.BuildServer.IsDetected;

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
            Error.MarkupLineInterpolated($"[red]error {diagnostic.Id}[/]: {Printable.Escape(diagnostic.Message)}");
        }
    }

    public static void ReportUsage(string message) => Error.MarkupLineInterpolated($"[red]error[/]: {Printable.Escape(message)}");

    public static void Note(string message) => Error.MarkupLineInterpolated($"[yellow]note[/]: {Printable.Escape(message)}");

    /// <summary>Shows the cursor again (a live display hides it), when standard error is a terminal.</summary>
    public static void RestoreCursor()
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write("\u001b[?25h");
        }
    }

    /// <summary>A parser's message without .NET type names: <c>as expected type 'System.Int32'</c> says nothing to a user.</summary>
    public static string Friendly(string message) => TypeName().Replace(message, "");

    [GeneratedRegex(@" as expected type '[^'\n]{1,200}'")]
    private static partial Regex TypeName();
}
