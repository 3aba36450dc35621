using System.Diagnostics;

namespace DocAnalysis.Seeds.Tests;

/// <summary>Runs the built docanalysis CLI as a process, as a user would, and never waits for it forever.</summary>
internal static class Cli
{
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    /// <summary>Runs the CLI; a run that has not ended after <paramref name="timeout"/> is killed and fails the test as a hang.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, TimeSpan? timeout = null, string? workingDirectory = null, IEnumerable<string>? prefix = null)
    {
        using var process = Process.Start(StartInfo(arguments, environment, workingDirectory, prefix))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(timeout ?? TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"docanalysis {string.Join(' ', arguments)} did not end within {(timeout ?? TimeSpan.FromSeconds(120)).TotalSeconds} s: a hang");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The JSON Lines records of a run's standard output.</summary>
    public static List<System.Text.Json.JsonElement> Records(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)];

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, IEnumerable<string>? prefix = null)
    {
        var command = (prefix ?? []).Concat(["dotnet", Repository.Cli]).ToList();
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Repository.Root };
        foreach (var argument in command.Skip(1).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
