using DocAnalysis.Host.Pipeline;
using Spectre.Console;

namespace DocAnalysis.Cli;

/// <summary>Standard error, where people read progress, summaries and problems; standard output carries only results.</summary>
internal static class Terminal
{
    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static void ReportDiagnostics(AnalysisResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Error.MarkupLineInterpolated($"[red]error {diagnostic.Id}[/]: {diagnostic.Message}");
        }
    }

    public static void ReportUsage(string message) => Error.MarkupLineInterpolated($"[red]error[/]: {message}");
}
