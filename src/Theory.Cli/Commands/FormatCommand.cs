using System.CommandLine;
using DiffPlex.Renderer;
using Theory.Cli.Output;
using Theory.Diagnostics;
using Theory.Formatting;
using Theory.Projects;
using Theory.Syntax;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory format [paths] [--check] [--diff]`: rewrites theory files in the canonical layout, or
/// (for CI) says which are not in it. Only the files the paths name are touched, never a file
/// merely imported from elsewhere, and a file with syntax errors is left as it is.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit with 1 when a file is not formatted (for CI)." };
        var diff = new Option<bool>("--diff") { Description = "Change nothing; show what formatting would change, as a unified diff." };
        var command = new Command("format", "Lay out theory files canonically: indentation, one clause per line, aligned keywords, comments kept.")
        {
            paths, check, diff,
        };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(check), result.GetValue(diff), context));
        return command;
    }

    private static int Run(string[] paths, bool check, bool diff, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;

        var named = (paths.Length == 0 ? ["."] : paths).Select(context.FullPath).ToList();
        var trees = workspace.Compilations.SelectMany(c => c.SyntaxTrees)
            .Distinct()
            .Select(tree => (Tree: tree, Path: workspace.GetFullPath(tree)))
            .Where(t => t.Path is not null && named.Any(n => IsWithin(t.Path, n)))
            .OrderBy(t => t.Tree.FilePath, StringComparer.Ordinal)
            .ToList();

        var unformatted = 0;
        var broken = new List<Diagnostic>();
        foreach (var (tree, path) in trees)
        {
            if (TheoryFormatter.Format(tree) is not { } formatted)
            {
                broken.AddRange(tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                stderr.WriteLine($"theory: {TerminalText.Safe(tree.FilePath)} was not formatted: it has syntax errors (below); fix them first.");
                continue;
            }

            var original = tree.Text.ToString();
            if (formatted == original)
                continue;
            unformatted++;
            if (diff)
                WriteDiff(stdout, UnidiffRenderer.GenerateUnidiff(original, formatted, "a/" + tree.FilePath, "b/" + tree.FilePath));
            else if (check)
                stdout.WriteLine($"{TerminalText.Safe(tree.FilePath)}: not formatted");
            else
            {
                AtomicFileWriter.WriteText(path!, formatted);
                stdout.WriteLine($"formatted {TerminalText.Safe(tree.FilePath)}");
            }
        }

        if (broken.Count > 0)
            DiagnosticTextWriter.Write(stderr, trees.Count, broken);
        if (check && unformatted > 0)
            stderr.WriteLine($"theory: {unformatted} of {trees.Count} file{(trees.Count == 1 ? "" : "s")} not formatted; run 'theory format' to format {(unformatted == 1 ? "it" : "them")}.");
        return broken.Count > 0 || (check && unformatted > 0) ? ExitCodes.Errors : ExitCodes.Success;
    }

    // Each line of the diff shows theory text: through TerminalText, so a control character in a
    // comment cannot drive the terminal or a CI log.
    private static void WriteDiff(TextWriter stdout, string diff)
    {
        foreach (var line in diff.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Length > 0)
                stdout.WriteLine(TerminalText.Safe(line));
        }
    }

    private static bool IsWithin(string path, string named) =>
        string.Equals(path, named, StringComparison.Ordinal)
        || path.StartsWith(named.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
