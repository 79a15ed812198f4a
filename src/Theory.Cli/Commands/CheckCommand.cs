using System.CommandLine;
using Theory.Cli.Output;
using Theory.Diagnostics;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>`theory check [paths...]`: the full pipeline (parse, bind, check) and its diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (compiler style with source excerpts), json, sarif (SARIF 2.1.0 for code scanning) or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors (the exit code is then 1 when there are warnings)." };
        var severityMin = new Option<string>("--severity-min")
        {
            Description = "Report only diagnostics of this severity or higher: info, warning or error.",
            DefaultValueFactory = _ => "info",
        };
        severityMin.AcceptOnlyFromAmong("info", "warning", "error");

        var command = new Command("check", "Check theories: syntax, names, structure, cycles, contradictions, chains and evidence.")
        {
            paths, format, warnAsError, severityMin,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [], result.GetValue(format) ?? "text", result.GetValue(warnAsError),
            result.GetValue(severityMin) ?? "info", context));
        return command;
    }

    private static int Run(string[] paths, string format, bool warnAsError, string severityMin, CliContext context)
    {
        var stdout = context.Stdout;
        var workspace = TheoryWorkspace.Load(paths, context.WorkingDirectory);
        var minimum = severityMin switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
        var diagnostics = workspace.GetDiagnostics()
            .Select(d => warnAsError && d.Severity == DiagnosticSeverity.Warning ? d.WithSeverity(DiagnosticSeverity.Error) : d)
            .Where(d => d.Severity >= minimum)
            .ToList();

        switch (format)
        {
            case "json":
                DiagnosticJsonWriter.Write(stdout, workspace.Files, diagnostics);
                break;
            case "sarif":
                SarifWriter.Write(stdout, diagnostics);
                break;
            case "github":
                GitHubAnnotationWriter.Write(stdout, workspace.Files.Length, diagnostics);
                break;
            default:
                DiagnosticTextWriter.Write(stdout, workspace.Files.Length, diagnostics);
                break;
        }

        if (workspace.HasLoadErrors)
            return ExitCodes.UsageOrIo;
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
    }
}
