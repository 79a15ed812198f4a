namespace Theory.Projects;

/// <summary>
/// A file provider that can also read data files in the encodings spreadsheets and reference
/// managers write (see <c>DataTextDecoder</c>). The workspace reads bibliographies
/// through it when the provider offers it; providers of text already decoded (an editor's
/// buffers, the build's AdditionalFiles) need not.
/// </summary>
public interface IDataFileProvider : IFileProvider
{
    /// <summary>
    /// The decoded text of a data file, or null with the reason. <paramref name="legacyEncoding"/>
    /// names the encoding assumed when the file was not Unicode (`Windows-1252`), else null.
    /// </summary>
    string? TryReadData(string fullPath, out string? legacyEncoding, out string? error);
}
