using DocAnalysis.Cli;
using Microsoft.Extensions.Logging;

namespace DocAnalysis.Seeds.Tests;

/// <summary>The command's log: warnings and errors only, one line each, the reason of an exception in words.</summary>
public sealed class ErrorStreamLoggerTests
{
    [Fact]
    public void Warnings_and_errors_are_one_line_each_and_information_is_left_out()
    {
        var error = new StringWriter();
        using var factory = new LoggerFactory([new ErrorStreamLogger.Provider(error)], new LoggerFilterOptions { MinLevel = LogLevel.Warning });
        var logger = factory.CreateLogger("DocAnalysis.Workers");

        logger.LogInformation("started");
        logger.LogWarning(new EventId(7), "{Document}: the worker\nended", "a.txt");
        logger.LogError(new IOException("the disk is full"), "cannot write {File}", "out.jsonl");

        Assert.Equal(
            "warn: DocAnalysis.Workers[7] a.txt: the worker ended" + Environment.NewLine +
            "fail: DocAnalysis.Workers[0] cannot write out.jsonl (the disk is full)" + Environment.NewLine,
            error.ToString());
    }
}
