using System.Text;

namespace Theory.Emit;

/// <summary>
/// One output of a build, produced on demand: written straight to a stream (a file), or asked for
/// as text. The C# and JSON models of a large theory are hundreds of megabytes, and writing them
/// to their files directly keeps them from ever being held whole.
/// </summary>
public sealed class Artifact
{
    /// <summary>How every artefact is encoded: UTF-8 without a byte order mark.</summary>
    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Func<string> _text;
    private readonly Action<Stream>? _write;

    private Artifact(string fileName, ArtifactKind kind, ArtifactFormat format, Func<string> text, Action<Stream>? write)
    {
        FileName = fileName;
        Kind = kind;
        Format = format;
        _text = text;
        _write = write;
    }

    /// <summary>The file name to write, for example <c>InterorganisationalCollaboration.json</c>.</summary>
    public string FileName { get; }

    public ArtifactKind Kind { get; }

    public ArtifactFormat Format { get; }

    /// <summary>A small artefact: made as text, encoded when written.</summary>
    internal static Artifact FromText(string fileName, ArtifactKind kind, ArtifactFormat format, Func<string> text) => new(fileName, kind, format, text, null);

    /// <summary>A large artefact: streamed when written, made as text only when text is asked for.</summary>
    internal static Artifact FromStream(string fileName, ArtifactKind kind, ArtifactFormat format, Func<string> text, Action<Stream> write) =>
        new(fileName, kind, format, text, write);

    /// <summary>A large text artefact: written through a UTF-8 writer when written to a stream, made as text only when text is asked for.</summary>
    internal static Artifact FromWriter(string fileName, ArtifactKind kind, ArtifactFormat format, Func<string> text, Action<TextWriter> write) =>
        new(fileName, kind, format, text, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            write(writer);
        });

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
    public string GetText() => _text();

    public override string ToString() => FileName;
}
