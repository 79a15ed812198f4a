using System.CommandLine;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Diagnostics;
using Theory.Emit;
using Theory.Projects;
using Theory.Semantics;
using Theory.Spreadsheets;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory build [paths] -o out/`: every artefact of every theory (DOT, SVG, C#, JSON, Mermaid, CSV),
/// written atomically and only when all of them could be produced. A theory with errors is not built
/// unless `--force`, which marks each output as built from an invalid theory.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Folder to write into. Defaults to theory.json's \"output\" (relative to the project), else ./out.",
        };
        var force = new Option<bool>("--force") { Description = "Emit even when the theory has errors; outputs are marked as built from an invalid theory and the exit code is still 1." };
        var noSvg = new Option<bool>("--no-svg") { Description = "Skip rendering the diagrams to SVG (no Graphviz needed)." };
        var ns = new Option<string?>("--namespace") { Description = "Namespace of the generated C# model (default: Theories)." };
        var timeout = CommonOptions.Timeout();
        var (width, fontSize, dpi) = (FigureOptions.Width(), FigureOptions.FontSize(), FigureOptions.Dpi());
        width.Description = "Also write a publication figure of each theory this wide when printed (NAME.figure.svg, .pdf and .png; 176mm or 85mm for BMC).";

        var command = new Command("build", "Build a theory's artefacts: diagrams (DOT and SVG), a C# model, JSON, Mermaid and a CSV table of CMOCs.")
        {
            paths, output, force, noSvg, ns, timeout, width, fontSize, dpi,
        };
        command.SetAction(result =>
        {
            if (!FigureOptions.TryRead(result, width, fontSize, dpi, context.Stderr, out var figure))
                return ExitCodes.UsageOrIo;
            return Run(new Request(
                result.GetValue(paths) ?? [], result.GetValue(output), result.GetValue(force), result.GetValue(noSvg),
                result.GetValue(ns), result.GetValue(timeout), figure), context);
        });
        return command;
    }

    private sealed record Request(string[] Paths, string? Output, bool Force, bool NoSvg, string? Namespace, int TimeoutSeconds, FigureRequest? Figure);

    private static int Run(Request request, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);

        // Load and report.
        var workspace = TheoryWorkspace.Load(request.Paths, context.WorkingDirectory);
        var diagnostics = workspace.GetDiagnostics();
        DiagnosticTextWriter.Write(stdout, workspace.Files.Length, diagnostics);
        if (workspace.HasLoadErrors)
            return ExitCodes.UsageOrIo;
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0 && !request.Force)
        {
            stderr.WriteLine($"theory: error: not building: the theory has {errors} error{(errors == 1 ? "" : "s")} (fix them, or pass --force to emit outputs marked as invalid)");
            return ExitCodes.Errors;
        }

        // Plan.
        var plan = BuildPlan.Create(workspace, request.Output, request.Namespace);
        if (plan.Clash is { } clash)
            return CommonOptions.Fail(stderr, $"two theories would both write '{workspace.GetDisplayPath(clash)}': give each theory its own name, or build them separately");
        if (plan.LeavesProject is { } leaves)
            return CommonOptions.Fail(stderr, $"the output folder '{workspace.GetDisplayPath(leaves)}' leads outside the project through a symbolic link: remove the link, or name a real folder with -o");
        if (plan.OverwritesInput is { } input)
            return CommonOptions.Fail(stderr, $"the build would write over '{workspace.GetDisplayPath(input)}', which is one of its own inputs: choose another output folder");

        // Render what can fail first (the diagrams, through Graphviz): nothing is written unless
        // every one could be made. The models are streamed to their files when written.
        GraphvizRenderer? renderer = null;
        if (request.NoSvg && request.Figure is not null)
            return CommonOptions.Fail(stderr, "--width draws figures with Graphviz, which --no-svg turns off: pass one or the other");
        if (!request.NoSvg)
        {
            renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(request.TimeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (renderer is null)
                return CommonOptions.Fail(stderr, $"cannot render SVG: {missing} Or pass --no-svg to build everything else.");
        }

        // A diagram Graphviz cannot draw (too large for the timeout) does not cost the user the
        // models: the rest is written, the stale picture is removed, and a warning says what to do.
        var writes = new List<(BuildTarget Target, string FileName, Action<Stream> Write)>();
        var undrawn = new List<(BuildTarget Target, string FileName)>();
        foreach (var target in plan.Targets)
        {
            foreach (var artifact in target.Artifacts)
            {
                writes.Add((target, artifact.FileName, artifact.WriteTo));
                if (renderer is null || artifact.Format != ArtifactFormat.Dot)
                    continue;
                var svgName = Path.ChangeExtension(artifact.FileName, ".svg");
                try
                {
                    var svg = renderer.RenderLegible(artifact.GetText(), "svg");
                    writes.Add((target, svgName, stream => stream.Write(svg)));
                }
                catch (GraphvizException e)
                {
                    stderr.WriteLine($"theory: warning: {svgName} was not drawn: {e.Message}");
                    undrawn.Add((target, svgName));
                }
            }

            if (renderer is not null && request.Figure is { } figure)
            {
                var name = ArtifactEmitter.NameOf(target.Compilation);
                foreach (var extension in FigureFormats)
                {
                    var path = Path.Combine(target.OutputDirectory, name + ".figure." + extension);
                    if (workspace.IsInput(path))
                        return CommonOptions.Fail(stderr, $"the build would write over '{TerminalText.Safe(workspace.GetDisplayPath(path))}', which is one of its own inputs: choose another output folder");
                }

                try
                {
                    var options = BuildPlan.OutputOptions(workspace, target.Compilation, request.Namespace);
                    foreach (var (fileName, bytes) in Figures(new FigureRenderer(renderer), target.Compilation, name, options, figure, stderr))
                        writes.Add((target, fileName, stream => stream.Write(bytes)));
                }
                catch (GraphvizException e)
                {
                    stderr.WriteLine($"theory: warning: the figure of {TerminalText.Safe(name)} was not drawn: {e.Message}");
                    foreach (var extension in FigureFormats)
                        undrawn.Add((target, name + ".figure." + extension));
                }
            }

            // The CMOC table for people, as an Excel workbook (Theory.Spreadsheets: the compiler
            // itself builds for netstandard2.0 and has no workbook writer).
            var workbook = CmocWorkbook.FileNameOf(target.Compilation);
            if (workspace.IsInput(Path.Combine(target.OutputDirectory, workbook)))
                return CommonOptions.Fail(stderr, $"the build would write over '{workspace.GetDisplayPath(Path.Combine(target.OutputDirectory, workbook))}', which is one of its own inputs: choose another output folder");
            writes.Add((target, workbook, stream => CmocWorkbook.Write(target.Compilation, stream)));
        }

        // Write: into staging folders first, then switched in all at once (see OutputTransaction).
        try
        {
            foreach (var directory in plan.Targets.Select(t => t.OutputDirectory).Distinct(StringComparer.Ordinal))
                OutputTransaction.Recover(directory);
            using var transaction = new OutputTransaction { BeforeSwitchStep = context.BeforeSwitchStep };
            foreach (var (target, fileName, write) in writes)
                transaction.Write(target.OutputDirectory, fileName, write);
            foreach (var (target, fileName) in undrawn)
                transaction.Delete(target.OutputDirectory, fileName);
            foreach (var target in plan.Targets)
            {
                if (target.InvalidMarker is { } invalid)
                    transaction.Write(target.OutputDirectory, target.InvalidMarkerFileName, invalid.WriteTo);
                else
                    transaction.Delete(target.OutputDirectory, target.InvalidMarkerFileName);
            }

            if (transaction.FindForeignFile() is { } foreign)
                return CommonOptions.Fail(stderr, $"the build would replace '{TerminalText.Safe(workspace.GetDisplayPath(foreign))}', which no build made (it is not listed in {OutputTransaction.ManifestName} beside it): move it away, or choose another output folder");
            transaction.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CommonOptions.Fail(stderr, $"cannot write the outputs (the previous outputs are unchanged): {e.Message}");
        }

        foreach (var group in writes.GroupBy(w => w.Target.DisplayDirectory))
            stdout.WriteLine($"Wrote {group.Count()} files to {group.Key}: {string.Join(", ", group.Select(w => w.FileName))}");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static readonly string[] FigureFormats = ["svg", "pdf", "png"];

    /// <summary>The theory as a page figure, in every format a journal takes (the view chosen as `theory graph --width` chooses it).</summary>
    private static List<(string FileName, byte[] Bytes)> Figures(FigureRenderer renderer, Compilation compilation, string name, EmitOptions options,
        FigureRequest figure, TextWriter stderr)
    {
        var plan = renderer.Plan(compilation, Theory.Emit.Dot.DotView.Web, mayFallBack: true, figure, options);
        if (plan.Note is { } note)
            stderr.WriteLine($"theory: note: {TerminalText.Safe(name)}: {note}");
        var results = new List<(string, byte[])>();
        foreach (var format in FigureFormats)
            results.Add((name + ".figure." + format, renderer.Draw(plan, format)));

        return results;
    }
}
