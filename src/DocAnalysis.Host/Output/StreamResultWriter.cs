using System.Text;
using DocAnalysis.Host.Pipeline;
using DocAnalysis.Host.Platform;

namespace DocAnalysis.Host.Output;

/// <summary>
/// JSON Lines (one record a line) or the text rendering, to standard output, a stream-like file or a regular file.
/// A regular file (or a new one) is locked against a second run, written to a temporary name and renamed when the
/// run completes, so it never holds half a record. A device, a FIFO or standard output (<c>-</c>, <c>/dev/stdout</c>)
/// is written to directly, as a stream, and never replaced.
/// </summary>
public sealed class StreamResultWriter : IResultWriter
{
    private readonly Stream _stream;
    private readonly string? _target;
    private readonly string? _temporary;
    private readonly OutputLock? _lock;
    private readonly bool _terminal;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Action<AnalysisResult, TextWriter>? _render;

    private StreamResultWriter(Stream stream, Action<AnalysisResult, TextWriter>? render, bool terminal, string? target = null, string? temporary = null, OutputLock? outputLock = null)
    {
        _stream = stream;
        _render = render;
        _terminal = terminal;
        _target = target;
        _temporary = temporary;
        _lock = outputLock;
    }

    /// <summary>A sink writing JSON Lines (<paramref name="render"/> null) or rendered text to <paramref name="path"/>, or to standard output when null.</summary>
    public static StreamResultWriter Create(string? path, Func<AnalysisResult, string>? render) =>
        CreateStreamed(path, render is null ? null : (result, writer) => writer.Write(render(result)));

    /// <summary>
    /// A sink writing JSON Lines (<paramref name="render"/> null) or text that <paramref name="render"/> writes as it
    /// goes, to <paramref name="path"/>, or to standard output when null. Throws <see cref="OutputTargetException"/>
    /// when the target cannot be written at all.
    /// </summary>
    internal static StreamResultWriter CreateStreamed(string? path, Action<AnalysisResult, TextWriter>? render)
    {
        if (path is null || StandardOutput.IsNamedBy(path))
        {
            // Escape sequences in a document's text or id must not drive the terminal that shows the rendering.
            return new StreamResultWriter(StandardOutput.OpenForResults(), render, terminal: render is not null && StandardOutput.IsTerminal);
        }

        var target = Path.GetFullPath(path);
        try
        {
            switch (Posix.KindOf(target))
            {
                case FileKind.Device or FileKind.Pipe:
                    // Written as a stream, never renamed over: replacing /dev/null or a FIFO with a file loses the output.
                    var device = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                    return new StreamResultWriter(device, render, terminal: render is not null && Posix.IsTerminal(device.SafeFileHandle));
                case FileKind.Socket:
                    throw new OutputTargetException($"cannot write the results to {path}: it is a socket; name a file, a device or a FIFO");
            }

            var outputLock = OutputLock.Acquire(path, folder: false);
            try
            {
                var temporary = AtomicFile.CreateTemporary(target, out var stream);
                return new StreamResultWriter(stream, render, terminal: false, target, temporary, outputLock);
            }
            catch
            {
                outputLock.Dispose();
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputTargetException.CannotWrite(path, e);
        }
    }

    /// <summary>
    /// True when <paramref name="path"/> is written as a stream rather than as a file renamed into place: standard output
    /// by any of its names, a device or a FIFO.
    /// </summary>
    public static bool IsStream(string path) =>
        StandardOutput.IsNamedBy(path) || Posix.KindOf(Path.GetFullPath(path)) is FileKind.Device or FileKind.Pipe;

    /// <inheritdoc/>
    public void Write(AnalysisResult result)
    {
        if (_render is null)
        {
            ResultJson.WriteLine(_stream, result);
        }
        else if (_terminal)
        {
            using var text = new StringWriter();
            _render(result, text);
            var bytes = Utf8.GetBytes(Printable.EscapeKeepingLines(text.ToString()) + "\n");
            _stream.Write(bytes);
        }
        else
        {
            using var writer = new StreamWriter(_stream, Utf8, 1 << 16, leaveOpen: true);
            _render(result, writer);
            writer.Write('\n');
        }

        _stream.Flush();
    }

    /// <inheritdoc/>
    public void Complete()
    {
        _stream.Flush();
        if (_target is not null)
        {
            _stream.Dispose();
            File.Move(_temporary!, _target, overwrite: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stream.Dispose();
        if (_temporary is not null)
        {
            AtomicFile.Release(_temporary);
        }

        _lock?.Dispose();
    }
}
