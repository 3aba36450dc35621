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
    private readonly Func<AnalysisResult, string>? _render;

    private StreamResultWriter(Stream stream, string? target, string? temporary, Func<AnalysisResult, string>? render)
    {
        _stream = stream;
        _target = target;
        _temporary = temporary;
        _render = render;
    }

    /// <summary>A sink writing JSON Lines (<paramref name="render"/> null) or rendered text to <paramref name="path"/>, or to standard output when null.</summary>
    public static StreamResultWriter Create(string? path, Func<AnalysisResult, string>? render)
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
        var bytes = _render is null ? ResultJson.Serialise(result, indented: false) : Encoding.UTF8.GetBytes(_render(result) + "\n");
        _stream.Write(bytes);
        if (_render is null)
        {
            _stream.WriteByte((byte)'\n');
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
