using System.CommandLine;
using Theory.Cli.Output;
using Theory.Diff;
using Theory.Projects;
using Theory.Semantics;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory diff OLD NEW`: what changed in meaning between two versions of a theory — two folders
/// or files, or two git revisions of one (`theory diff HEAD~3 HEAD examples/x`) — and
/// `theory diff --refinement PATH`: each theory of a workspace against the theory it refines.
/// As text, Markdown (a pull-request comment, a thesis appendix) or JSON.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var targets = new Argument<string[]>("versions")
        {
            Description = "OLD NEW (two folders or files), REV1 REV2 PATH (two git revisions of a path), or PATH with --refinement.",
            Arity = new ArgumentArity(1, 3),
        };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var refinement = new Option<bool>("--refinement") { Description = "Diff each theory of PATH against the theory it `refines`, as a refinement table reads." };
        var command = new Command("diff", "Show what changed in meaning between two versions of a theory: constructs, CMOCs, edges, loops, diagnostics.")
        {
            targets, format, refinement,
        };
        command.SetAction(result => Run(result.GetValue(targets) ?? [], result.GetValue(format)!, result.GetValue(refinement), context));
        return command;
    }

    private static int Run(string[] arguments, string format, bool refinement, CliContext context)
    {
        var stderr = context.Stderr;
        List<TheoryDiff> diffs;
        if (refinement)
        {
            if (arguments.Length != 1)
                return CommonOptions.Fail(stderr, "--refinement takes one PATH: a folder whose theories refine one another");
            if (CommonOptions.Load(arguments, context) is not { } workspace)
                return ExitCodes.UsageOrIo;
            var byName = workspace.Compilations.Where(c => c.Theory is not null).GroupBy(c => c.Theory!.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            diffs = [.. workspace.Compilations
                .Where(c => c.Theory?.Refines is { } refined && byName.ContainsKey(refined))
                .OrderBy(c => c.Theory!.Name, StringComparer.Ordinal)
                .Select(c => TheoryDiff.Compare(byName[c.Theory!.Refines!], c))];
            if (diffs.Count == 0)
                return CommonOptions.Fail(stderr, $"no theory under '{TerminalText.Safe(arguments[0])}' refines another theory there (`refines NAME` in its theory block); name a folder that holds both");
        }
        else
        {
            if (arguments.Length < 2)
                return CommonOptions.Fail(stderr, "diff takes OLD NEW (folders or files) or REV1 REV2 PATH (git revisions)");
            var before = arguments.Length == 3 ? AtRevision(arguments[0], arguments[2], context) : AtPath(arguments[0], context);
            var after = arguments.Length == 3 ? AtRevision(arguments[1], arguments[2], context) : AtPath(arguments[1], context);
            if (before is null || after is null)
                return ExitCodes.UsageOrIo;
            diffs = [TheoryDiff.Compare(before, after)];
        }

        Write(diffs, format, context.Stdout);
        return ExitCodes.Success;
    }

    private static void Write(List<TheoryDiff> diffs, string format, TextWriter stdout)
    {
        if (format == "json")
        {
            // One diff is an object; a --refinement of several phases is an array of them.
            using var buffer = new MemoryStream();
            if (diffs.Count > 1)
                buffer.Write("[\n"u8);
            for (var i = 0; i < diffs.Count; i++)
            {
                if (i > 0)
                    buffer.Write(",\n"u8);
                DiffWriter.WriteJson(diffs[i], buffer);
            }

            if (diffs.Count > 1)
                buffer.Write("\n]"u8);
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return;
        }

        stdout.Write(string.Join("\n", diffs.Select(d => format == "markdown" ? DiffWriter.ToMarkdown(d) : DiffWriter.ToText(d))));
    }

    private static Compilation? AtPath(string path, CliContext context) =>
        CommonOptions.Load([path], context) is { } workspace ? Single(workspace, path, context) : null;

    private static Compilation? AtRevision(string revision, string path, CliContext context)
    {
        var full = context.FullPath(path);
        if (GitRevision.Files(context.WorkingDirectory, revision, full, out var error) is not { } files)
        {
            context.Stderr.WriteLine($"theory: error: cannot read '{TerminalText.Safe(path)}' at {TerminalText.Safe(revision)}: {TerminalText.Safe(error ?? "")}");
            return null;
        }

        var workspace = TheoryWorkspace.Load([full], new WorkspaceOptions { BaseDirectory = context.WorkingDirectory, FileProvider = files });
        return Single(workspace, $"{path} at {revision}", context);
    }

    private static Compilation? Single(TheoryWorkspace workspace, string what, CliContext context)
    {
        if (workspace.Compilations.Length == 1)
            return workspace.Compilations[0];
        context.Stderr.WriteLine(workspace.Compilations.IsEmpty
            ? $"theory: error: '{TerminalText.Safe(what)}' holds no theory"
            : $"theory: error: '{TerminalText.Safe(what)}' holds {workspace.Compilations.Length} theories ({string.Join(", ", workspace.Compilations.Select(c => Emit.ArtifactEmitter.NameOf(c)))}); name the folder or file of one");
        return null;
    }
}
