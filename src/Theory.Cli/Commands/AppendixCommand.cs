using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Emit.Markdown;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory report --format markdown|docx`: the CMOC appendix of a paper. The Markdown names the
/// theory's BibTeX files relative to where it is written, so `pandoc --citeproc appendix.md -o
/// appendix.docx` run beside it formats the references; `docx` runs pandoc itself.
/// </summary>
internal static class AppendixCommand
{
    public static int Run(string[] paths, string output, string format, int timeoutSeconds, CliContext context)
    {
        var stderr = context.Stderr;
        if (CommonOptions.LoadOneTheory(paths, output, timeoutSeconds, context) is not (_, var compilation, var full))
            return ExitCodes.UsageOrIo;
        var directory = Path.GetDirectoryName(full)!;
        byte[] bytes;
        if (format == "markdown")
        {
            var bibliographies = compilation.Bibliographies.Select(b => Path.GetRelativePath(directory, b.FilePath).Replace('\\', '/'));
            bytes = new System.Text.UTF8Encoding(false).GetBytes(MarkdownAppendixEmitter.Emit(compilation, bibliographies));
        }
        else
        {
            var pandoc = PandocRunner.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (pandoc is null)
                return CommonOptions.Fail(stderr, missing!);
            try
            {
                // Pandoc reads the BibTeX files by full path: the Markdown is never written to disk.
                bytes = pandoc.ToDocx(MarkdownAppendixEmitter.Emit(compilation, compilation.Bibliographies.Select(b => b.FilePath)));
            }
            catch (PandocException e)
            {
                return CommonOptions.Fail(stderr, e.Message);
            }
        }

        return CommonOptions.WriteOutput(full, output, bytes, compilation, context);
    }
}
