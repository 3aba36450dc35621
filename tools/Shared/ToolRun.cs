using System.Diagnostics;
using System.Globalization;

/// <summary>What the development tools share: their data folder, their options, and the Python scorer they call.</summary>
internal static class ToolRun
{
    /// <summary>The full path of the data folder given as the second argument, or null after saying it is missing.</summary>
    public static string? DataFolder(string[] args)
    {
        var data = Path.GetFullPath(args[1]);
        if (Directory.Exists(data))
        {
            return data;
        }

        Console.Error.WriteLine($"error: no folder {data}: give the data folder of ../shared/data (run from the repository, beside shared/)");
        return null;
    }

    /// <summary>The repository holding <paramref name="folder"/> (the nearest folder above it with DocAnalysis.sln), or null.</summary>
    public static string? Repository(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocAnalysis.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or <paramref name="otherwise"/>.</summary>
    public static T Option<T>(string[] args, string name, T otherwise)
        where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? T.Parse(args[at + 1], CultureInfo.InvariantCulture) : otherwise;
    }

    /// <summary>Runs a scorer of ../shared/eval with python3 and returns what it printed.</summary>
    public static string Score(string scorer, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3", [scorer, .. arguments]) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var report = process.StandardOutput.ReadToEnd().TrimEnd();
        process.WaitForExit();
        return report;
    }
}
