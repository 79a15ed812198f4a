using System.CommandLine;
using Theory.Cli.Output;
using Theory.Refactoring;
using Theory.Symbols;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory rename OLD NEW [paths]`: renames a construct, CMOC, group or stage in every file of the
/// theory, through the same engine as the language server's rename.
/// </summary>
internal static class RenameCommand
{
    private const int MaxLinesShown = 12;

    public static Command Create(CliContext context)
    {
        var oldName = new Argument<string>("old") { Description = "The name of the construct, CMOC, group or stage, as declared." };
        var newName = new Argument<string>("new") { Description = "Its new name." };
        var paths = CommonOptions.Paths();
        var kind = new Option<string?>("--kind") { Description = "construct, cmoc, group or stage: which to rename when several share the name." };
        kind.AcceptOnlyFromAmong("construct", "cmoc", "group", "stage");
        var dryRun = new Option<bool>("--dry-run") { Description = "Change nothing; list the places that would change." };
        var command = new Command("rename", "Rename a construct, CMOC, group or stage across every file of a theory; aliases and labels keep their text.")
        {
            oldName, newName, paths, kind, dryRun,
        };
        command.SetAction(result => Run(
            result.GetValue(oldName)!, result.GetValue(newName)!, result.GetValue(paths) ?? [], result.GetValue(kind), result.GetValue(dryRun), context));
        return command;
    }

    private static int Run(string oldName, string newName, string[] paths, string? kind, bool dryRun, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        SymbolKind? symbolKind = kind switch
        {
            "construct" => SymbolKind.Construct,
            "cmoc" => SymbolKind.Cmoc,
            "group" => SymbolKind.Group,
            "stage" => SymbolKind.Stage,
            _ => null,
        };
        var result = Renamer.Rename(workspace, oldName, newName, symbolKind);
        if (!result.Succeeded)
        {
            var hint = result.Error!.EndsWith("say which to rename", StringComparison.Ordinal) ? " with --kind" : "";
            return CommonOptions.Fail(stderr, TerminalText.Safe(result.Error + hint));
        }

        var places = result.Changes.Sum(c => c.Edits.Length);
        foreach (var change in result.Changes)
        {
            var lines = change.Edits.Select(e => change.Tree.Text.GetLineIndex(e.Span.Start) + 1).Distinct().ToList();
            var shown = string.Join(", ", lines.Take(MaxLinesShown)) + (lines.Count > MaxLinesShown ? $" and {lines.Count - MaxLinesShown} more" : "");
            stdout.WriteLine($"{TerminalText.Safe(change.Tree.FilePath)}: {change.Edits.Length} place{(change.Edits.Length == 1 ? "" : "s")} (line{(lines.Count == 1 ? "" : "s")} {shown})");
            if (!dryRun)
                AtomicFileWriter.WriteText(workspace.GetFullPath(change.Tree)!, change.GetNewText());
        }

        var what = result.Symbol!.Kind == SymbolKind.Cmoc ? "CMOC" : result.Symbol.Kind.ToString().ToLowerInvariant();
        stdout.WriteLine(places == 0
            ? $"nothing to change: {what} `{TerminalText.Safe(oldName)}` is already named so"
            : $"{(dryRun ? "would rename" : "renamed")} {what} `{TerminalText.Safe(oldName)}` to `{TerminalText.Safe(newName)}` in {places} place{(places == 1 ? "" : "s")} in {result.Changes.Length} file{(result.Changes.Length == 1 ? "" : "s")}");
        return ExitCodes.Success;
    }
}
