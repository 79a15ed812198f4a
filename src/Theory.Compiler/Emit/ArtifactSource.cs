using System.Text;

namespace Theory.Emit;

/// <summary>
/// One output of <c>theory build</c> that has not been produced yet: it is written straight to a
/// stream (a file), or asked for as text. The C# and JSON models of a large theory are hundreds of
/// megabytes, and writing them to their files directly keeps them from ever being held whole.
/// </summary>
public sealed class ArtifactSource
{
    /// <summary>How every artefact is encoded: UTF-8 without a byte order mark.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Func<string> _text;
    private readonly Action<Stream>? _write;

    private ArtifactSource(string fileName, Func<string> text, Action<Stream>? write)
    {
        FileName = fileName;
        _text = text;
        _write = write;
    }

    /// <summary>The file name to write, for example <c>InterorganisationalCollaboration.json</c>.</summary>
    public string FileName { get; }

    /// <summary>A small artefact: made as text, encoded when written.</summary>
    internal static ArtifactSource FromText(string fileName, Func<string> text) => new(fileName, text, null);

    /// <summary>A large artefact: streamed when written, made as text only when text is asked for.</summary>
    internal static ArtifactSource FromStream(string fileName, Func<string> text, Action<Stream> write) => new(fileName, text, write);

    /// <summary>Writes the artefact as UTF-8 without a byte order mark.</summary>
    public void WriteTo(Stream stream)
    {
        if (stream is null)
            throw new ArgumentNullException(nameof(stream));
        if (_write is not null)
        {
            _write(stream);
            return;
        }

        var bytes = Utf8.GetBytes(_text());
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>The artefact's text.</summary>
    public string GetText() => _text!();
}
