using System.CommandLine;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Diagnostics;
using Theory.Emit;
using Theory.Emit.Dot;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory graph [paths] --view web|chains|focus --format dot|svg|png|pdf`: one diagram of one theory.
/// DOT needs nothing else; the other formats go through Graphviz's `dot`.
/// </summary>
internal static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var view = new Option<string>("--view")
        {
            Description = "web (constructs and signed edges), chains (CMOCs as C | M | O records) or focus (one construct's neighbourhood).",
            DefaultValueFactory = _ => "web",
        };
        view.AcceptOnlyFromAmong("web", "chains", "focus");
        var format = new Option<string>("--format")
        {
            Description = "dot (text, no Graphviz needed), svg, png or pdf (rendered by Graphviz's dot).",
            DefaultValueFactory = _ => "dot",
        };
        format.AcceptOnlyFromAmong("dot", "svg", "png", "pdf");
        var construct = new Option<string?>("--construct") { Description = "The construct to centre the focus view on (name, alias or label)." };
        var depth = new Option<int>("--depth") { Description = "How many edges out from the construct the focus view reaches (default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output", "-o") { Description = "File to write; dot and svg go to standard output when omitted." };
        var timeout = CommonOptions.Timeout();

        var command = new Command("graph", "Draw a theory's causal web, its CMOC chains, or one construct's neighbourhood.")
        {
            paths, view, format, construct, depth, output, timeout,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [], result.GetValue(view) ?? "web", result.GetValue(format) ?? "dot", result.GetValue(construct),
            result.GetValue(depth), result.GetValue(output), result.GetValue(timeout), context));
        return command;
    }

    private static int Run(string[] paths, string view, string format, string? constructName, int depth, string? output, int timeoutSeconds,
        CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (view == "focus" && string.IsNullOrWhiteSpace(constructName))
            return CommonOptions.Fail(stderr, "the focus view needs --construct NAME");
        if (view != "focus" && constructName is not null)
            return CommonOptions.Fail(stderr, "--construct only applies to --view focus");
        if (depth < 0)
            return CommonOptions.Fail(stderr, "--depth cannot be negative");
        if (timeoutSeconds <= 0)
            return CommonOptions.Fail(stderr, "--timeout must be a positive number of seconds");
        if (format is "png" or "pdf" && output is null)
            return CommonOptions.Fail(stderr, $"{format} is a binary format: pass -o FILE");

        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        if (workspace.Compilations.Length != 1)
        {
            return CommonOptions.Fail(stderr, $"graph draws one theory, but {workspace.Compilations.Length} were found; pass one theory file or project folder");
        }

        var compilation = workspace.Compilations[0];
        var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (compilation.HasErrors)
            stderr.WriteLine($"theory: warning: the theory has {errors} error{(errors == 1 ? "" : "s")} (run 'theory check'); the diagram is marked as drawn from an invalid theory");
        var options = EmitOptions.Default;

        string dot;
        if (view == "focus")
        {
            if (compilation.GetConstruct(constructName!) is not { } focus)
            {
                var suggestion = compilation.SuggestConstruct(constructName!);
                return CommonOptions.Fail(stderr, $"no construct named '{constructName}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }

            dot = DotEmitter.EmitFocus(compilation, focus, depth, options);
        }
        else
        {
            dot = DotEmitter.Emit(compilation, view == "chains" ? DotView.Chains : DotView.Web, options);
        }

        byte[] bytes;
        if (format == "dot")
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(dot);
        }
        else
        {
            var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (renderer is null)
                return CommonOptions.Fail(stderr, $"cannot render {format}: {missing}");
            try
            {
                bytes = renderer.Render(dot, format);
            }
            catch (GraphvizException e)
            {
                return CommonOptions.Fail(stderr, e.Message);
            }
        }

        if (output is not null && workspace.IsInput(context.FullPath(output)))
            return CommonOptions.Fail(stderr, $"'{output}' is one of the theory's own files; write the diagram to another file");

        if (output is null)
        {
            stdout.Write(System.Text.Encoding.UTF8.GetString(bytes));
        }
        else
        {
            try
            {
                AtomicFileWriter.WriteBytes(context.FullPath(output), bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommonOptions.Fail(stderr, $"cannot write '{output}': {e.Message}");
            }
        }

        return compilation.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }
}
