using Theory.Text;

namespace Theory.Cli.Input;

/// <summary>
/// Turns the paths on the command line into decoded source texts: files as given, directories
/// searched recursively for *.theory (sorted, symbolic links not followed). Problems are
/// collected as plain messages for exit code 2, never thrown.
/// </summary>
internal sealed class SourceFileCollector
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseSensitive,
    };

    public List<SourceText> Sources { get; } = [];

    public List<string> Problems { get; } = [];

    public void Add(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.theory", Recursive).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                Problems.Add($"no .theory files found in directory '{path}'");
            foreach (var file in files)
                AddFile(file);
        }
        else if (File.Exists(path))
        {
            AddFile(path);
        }
        else
        {
            Problems.Add($"cannot find '{path}': no such file or directory");
        }
    }

    private void AddFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Problems.Add($"cannot read '{path}': {ex.Message}");
            return;
        }

        if (SourceTextDecoder.TryDecode(bytes, path, out var text, out var error))
            Sources.Add(text!);
        else
            Problems.Add($"cannot read '{path}': {error}");
    }
}
