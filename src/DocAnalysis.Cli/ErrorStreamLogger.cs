using Microsoft.Extensions.Logging;

namespace DocAnalysis.Cli;

/// <summary>
/// The command's log: warnings and errors, one line each on standard error, written as they happen
/// (<c>warn: Category[event] message</c>, the console logger's single-line form). A run is a short process: the
/// console logger's options, formatters and queue thread cost about 70 ms of every start, for lines that are rare.
/// </summary>
internal sealed class ErrorStreamLogger(string category, TextWriter error) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception);
        if (exception is not null && !message.Contains(exception.Message, StringComparison.Ordinal))
        {
            message = $"{message} ({exception.Message})";
        }

        var line = $"{Label(logLevel)}: {category}[{eventId.Id}] {message.ReplaceLineEndings(" ")}";
        lock (error)
        {
            error.WriteLine(line);
        }
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };

    /// <summary>The provider: one logger per category, all writing to standard error.</summary>
    internal sealed class Provider(TextWriter error) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ErrorStreamLogger(categoryName, error);

        public void Dispose()
        {
        }
    }
}
