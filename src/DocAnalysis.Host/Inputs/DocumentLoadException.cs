namespace DocAnalysis.Host.Inputs;

/// <summary>A document could not be read: the message names the file and the problem.</summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/>.</summary>
    public DocumentLoadException(string source, string problem, Exception? inner = null)
        : base($"{source}: {problem}", inner)
    {
        Source = source;
        Problem = problem;
    }

    /// <summary>The file (and line) that could not be read.</summary>
    public new string Source { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
