using System.Text;
using Theory.Projects;
using Theory.Text;

namespace Theory.Compiler.Tests.Text;

/// <summary>Tables and bibliographies in the encodings Excel and reference managers write: read, and said when guessed.</summary>
public class DataTextDecoderTests
{
    private const string Text = "ID,Context\r\nC1,high café – “trust”\r\n";

    public static TheoryData<string, byte[], string?> Encodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new()
        {
            { "UTF-8", Encoding.UTF8.GetBytes(Text), null },
            { "UTF-8 with a mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)], null },
            { "UTF-16 LE with a mark (Excel's Unicode Text)", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)], null },
            { "UTF-16 BE with a mark", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)], null },
            { "UTF-16 LE without a mark", Encoding.Unicode.GetBytes(Text), "UTF-16 (little-endian) without a byte order mark" },
            { "UTF-16 BE without a mark", Encoding.BigEndianUnicode.GetBytes(Text), "UTF-16 (big-endian) without a byte order mark" },
            { "Windows-1252 (Excel's CSV on Windows)", Encoding.GetEncoding(1252).GetBytes(Text), "Windows-1252" },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_a_spreadsheet_writes_reads_as_the_same_text(string name, byte[] bytes, string? legacy)
    {
        var decoded = DataTextDecoder.Decode(bytes);

        Assert.True(decoded.Text is not null, name);
        Assert.Equal(Text, decoded.Text!.TrimStart('\uFEFF'));
        Assert.Equal(legacy, decoded.LegacyEncoding);
        Assert.Null(decoded.Error);
    }

    [Fact]
    public void Broken_utf16_is_an_error_not_a_guess()
    {
        var decoded = DataTextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]);

        Assert.Null(decoded.Text);
        Assert.Contains("not valid UTF-16", decoded.Error, StringComparison.Ordinal);
        Assert.Contains("odd number of bytes", DataTextDecoder.Decode([0xFF, 0xFE, 0x41]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bibliography_in_windows_1252_is_read_and_the_guess_reported()
    {
        var folder = Directory.CreateTempSubdirectory("theory-encoding-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "t.theory"), "theory T {\n  bibliography \"refs.bib\"\n}\nconstruct a\nconstruct b\nlink a -> b evidence @mueller2020\n");
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            File.WriteAllBytes(Path.Combine(folder, "refs.bib"), Encoding.GetEncoding(1252).GetBytes("@article{mueller2020, author = {Müller, Zoë}, title = {Café – culture}}\n"));

            var workspace = TheoryWorkspace.Load(["t.theory"], new WorkspaceOptions { BaseDirectory = folder });
            var diagnostic = Assert.Single(workspace.GetDiagnostics(), d => d.Id == "TH3010");
            Assert.Equal("'refs.bib' is not UTF-8; it was read as Windows-1252", diagnostic.Message);
            var entry = Assert.Single(workspace.Compilations.Single().Bibliographies.Single().Entries);
            Assert.Equal("Müller, Zoë", entry.Author);
            Assert.Equal("Café – culture", entry.Title);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
