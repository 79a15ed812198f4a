using System.Diagnostics;

namespace Theory.Cli.Rendering;

/// <summary>
/// Turns the Markdown appendix into a Word document through the real <c>pandoc</c> (with
/// <c>--citeproc</c>, so references are formatted from the BibTeX files). Markdown goes in on stdin
/// and the .docx comes back on stdout; a timeout stops it. Pandoc stamps the document with the time
/// it was made unless <c>SOURCE_DATE_EPOCH</c> says otherwise: it is fixed, so the same theory
/// gives the same bytes.
/// </summary>
internal sealed class PandocRunner
{
    /// <summary>Environment variable naming the pandoc executable, overriding the PATH search.</summary>
    public const string PandocVariable = "THEORY_PANDOC";

    public const string InstallHint =
        "Word output needs pandoc, which was not found. Install it (Debian/Ubuntu: 'apt-get install pandoc'; macOS: 'brew install pandoc'; " +
        "Windows: 'winget install pandoc') or set THEORY_PANDOC to the pandoc executable; '--format markdown' writes the appendix for pandoc to convert later.";

    // 1980-01-01, the earliest time a zip entry (a .docx is a zip) can carry.
    private const string FixedEpoch = "315532800";

    private readonly string _pandoc;
    private readonly TimeSpan _timeout;

    private PandocRunner(string pandoc, TimeSpan timeout) => (_pandoc, _timeout) = (pandoc, timeout);

    public static PandocRunner? Find(TimeSpan timeout, Func<string, string?> environment, out string? error)
    {
        var pandoc = ExecutableSearch.Locate(environment, PandocVariable, "pandoc");
        error = pandoc is null ? InstallHint : null;
        return pandoc is null ? null : new PandocRunner(pandoc, timeout);
    }

    /// <summary>The Word document of <paramref name="markdown"/>. Throws <see cref="GraphvizException"/>-like <see cref="PandocException"/> on failure.</summary>
    public byte[] ToDocx(string markdown)
    {
        var start = new ProcessStartInfo(_pandoc)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--from=markdown", "--to=docx", "--citeproc", "--output=-" })
            start.ArgumentList.Add(argument);
        start.Environment["SOURCE_DATE_EPOCH"] = FixedEpoch;
        try
        {
            return ChildProcess.Run(start, markdown, _timeout);
        }
        catch (ChildProcessException e)
        {
            throw new PandocException(e.TimedOut
                ? $"pandoc did not finish within {_timeout.TotalSeconds:0} s and was stopped (use --timeout to allow longer)."
                : $"pandoc failed: {e.Message}");
        }
    }
}

/// <summary>Pandoc could not write the document; the message is for the user.</summary>
internal sealed class PandocException(string message) : Exception(message);
