using System.Text;
using DocAnalysis.Host.Pipeline;

namespace DocAnalysis.Host.Output;

/// <summary>
/// JSON Lines (one record a line) or the text rendering, to standard output or to a file. A file is written to a
/// temporary name and renamed when the run completes, so it never holds half a record.
/// </summary>
public sealed class StreamResultWriter : IResultWriter
{
    private readonly Stream _stream;
    private readonly string? _target;
    private readonly string? _temporary;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Action<AnalysisResult, TextWriter>? _render;

    private StreamResultWriter(Stream stream, string? target, string? temporary, Action<AnalysisResult, TextWriter>? render)
    {
        _stream = stream;
        _target = target;
        _temporary = temporary;
        _render = render;
    }

    /// <summary>A sink writing JSON Lines (<paramref name="render"/> null) or rendered text to <paramref name="path"/>, or to standard output when null.</summary>
    public static StreamResultWriter Create(string? path, Func<AnalysisResult, string>? render) =>
        CreateStreamed(path, render is null ? null : (result, writer) => writer.Write(render(result)));

    /// <summary>
    /// A sink writing JSON Lines (<paramref name="render"/> null) or text that <paramref name="render"/> writes as it
    /// goes, to <paramref name="path"/>, or to standard output when null.
    /// </summary>
    internal static StreamResultWriter CreateStreamed(string? path, Action<AnalysisResult, TextWriter>? render)
    {
        if (path is null)
        {
            return new StreamResultWriter(Console.OpenStandardOutput(), null, null, render);
        }

        var target = Path.GetFullPath(path);
        var temporary = AtomicFile.CreateTemporary(target, out var stream);
        return new StreamResultWriter(stream, target, temporary, render);
    }

    /// <inheritdoc/>
    public void Write(AnalysisResult result)
    {
        if (_render is null)
        {
            ResultJson.WriteLine(_stream, result);
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
    }
}
