using System.Text;

namespace Theory.Emit.Json;

/// <summary>
/// A write-only stream that keeps what is written in 64 KB chunks (small enough to stay off the
/// large object heap) and turns it into one string at the end. A 100k-CMOC model is 350 MB of
/// JSON: a MemoryStream doubled its way there through a gigabyte of large-object copies, then
/// copied the result twice more, and emitting took 20 times as long as for a tenth of the theory.
/// </summary>
internal sealed class AsciiChunkStream : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == ChunkSize)
            {
                _chunks.Add(new byte[ChunkSize]);
                _used = 0;
            }

            var n = Math.Min(buffer.Length, ChunkSize - _used);
            buffer[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            _length += n;
            buffer = buffer[n..];
        }
    }

    /// <summary>
    /// The text, one char per byte. The JSON writer escapes everything outside ASCII, so a byte
    /// at or above 0x80 means that promise broke; decode as UTF-8 then, slowly but correctly.
    /// </summary>
    public override string ToString()
    {
        if (_length > int.MaxValue)
            throw new InvalidOperationException("the JSON model is larger than a string can hold");
        var ascii = true;
        for (var i = 0; i < _chunks.Count && ascii; i++)
            ascii = Ascii.IsValid(Chunk(i));
        if (!ascii)
            return Encoding.UTF8.GetString([.. Enumerable.Range(0, _chunks.Count).SelectMany(i => Chunk(i).ToArray())]);

        return string.Create((int)_length, this, static (span, stream) =>
        {
            for (var i = 0; i < stream._chunks.Count; i++)
            {
                var chunk = stream.Chunk(i);
                Encoding.ASCII.GetChars(chunk, span);
                span = span[chunk.Length..];
            }
        });
    }

    private ReadOnlySpan<byte> Chunk(int index) =>
        _chunks[index].AsSpan(0, index == _chunks.Count - 1 ? _used : ChunkSize);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
