using System.CommandLine;
using Theory.Cli.Input;
using Theory.Cli.Output;
using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Cli.Commands;

/// <summary>`theory check [paths...]`: parses every file and prints its diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to check (directories are searched for *.theory). Defaults to the current directory.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler style with source excerpts) or json (machine-readable).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("check", "Check theory files and report their diagnostics.") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths) ?? [], result.GetValue(format) ?? "text", stdout, stderr));
        return command;
    }

    private static int Run(string[] paths, string format, TextWriter stdout, TextWriter stderr)
    {
        var collector = new SourceFileCollector();
        foreach (var path in paths.Length == 0 ? ["."] : paths)
            collector.Add(path);

        var trees = collector.Sources.Select(SyntaxTree.Parse).ToList();
        var diagnostics = trees.SelectMany(t => t.Diagnostics).ToList();

        if (trees.Count == 0 && collector.Problems.Count > 0)
        {
            // Nothing could be read: the problems below are the whole story.
        }
        else if (format == "json")
            DiagnosticJsonWriter.Write(stdout, trees.Select(t => t.FilePath).ToList(), diagnostics);
        else
            DiagnosticTextWriter.Write(stdout, trees.Count, diagnostics);

        foreach (var problem in collector.Problems)
            stderr.WriteLine($"theory: error: {problem}");

        if (collector.Problems.Count > 0)
            return ExitCodes.UsageOrIo;
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
