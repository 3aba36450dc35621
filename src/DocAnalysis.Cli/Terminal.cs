using DocAnalysis.Host.Pipeline;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary>Standard error, where people read progress, summaries and problems; standard output carries only results.</summary>
internal static class Terminal
{
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>
    /// A console on <paramref name="writer"/> as wide as <c>COLUMNS</c> says, or as the terminal; piped output is never
    /// wrapped (a file or another program has no width).
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
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
            Error.MarkupLineInterpolated($"[red]error {diagnostic.Id}[/]: {diagnostic.Message}");
        }
    }

    public static void ReportUsage(string message) => Error.MarkupLineInterpolated($"[red]error[/]: {message}");
}
