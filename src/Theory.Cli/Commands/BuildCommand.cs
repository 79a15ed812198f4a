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
        var options = new BuildOptions();
        var command = new Command("build", "Build a theory's artefacts: diagrams (DOT and SVG), a C# model, JSON, Mermaid and a CSV table of CMOCs.");
        options.AddTo(command);
        command.SetAction(result => options.Read(result, context.Stderr) is { } request ? Run(request, context) : ExitCodes.UsageOrIo);
        return command;
    }

    /// <summary>What to build; <see cref="BuildOptions"/> reads it from the command line (build's and watch's).</summary>
    internal sealed record Request(string[] Paths, string? Output, bool Force, bool NoSvg, string? Namespace, int TimeoutSeconds, FigureRequest? Figure);

    /// <summary>The build's options, declared once for `theory build` and `theory watch`.</summary>
    internal sealed class BuildOptions
    {
        private readonly Argument<string[]> _paths = CommonOptions.Paths();
        private readonly Option<string?> _output = new("--output", "-o")
        {
            Description = "Folder to write into. Defaults to theory.json's \"output\" (relative to the project), else ./out.",
        };
        private readonly Option<bool> _force = new("--force") { Description = "Emit even when the theory has errors; outputs are marked as built from an invalid theory and the exit code is still 1." };
        private readonly Option<bool> _noSvg = new("--no-svg") { Description = "Skip rendering the diagrams to SVG (no Graphviz needed)." };
        private readonly Option<string?> _namespace = new("--namespace") { Description = "Namespace of the generated C# model (default: Theories)." };
        private readonly Option<int> _timeout = CommonOptions.Timeout();
        private readonly Option<string?> _width = FigureOptions.Width();
        private readonly Option<string?> _fontSize = FigureOptions.FontSize();
        private readonly Option<int?> _dpi = FigureOptions.Dpi();

        public BuildOptions() =>
            _width.Description = "Also write a publication figure of each theory this wide when printed (NAME.figure.svg, .pdf and .png; 176mm or 85mm for BMC).";

        public void AddTo(Command command)
        {
            command.Arguments.Add(_paths);
            foreach (var option in new Option[] { _output, _force, _noSvg, _namespace, _timeout, _width, _fontSize, _dpi })
                command.Options.Add(option);
        }

        /// <summary>The request, or null (after a message) when an option is malformed.</summary>
        public Request? Read(ParseResult result, TextWriter stderr)
        {
            if (!FigureOptions.TryRead(result, _width, _fontSize, _dpi, stderr, out var figure))
                return null;
            return new Request(result.GetValue(_paths) ?? [], result.GetValue(_output), result.GetValue(_force), result.GetValue(_noSvg),
                result.GetValue(_namespace), result.GetValue(_timeout), figure);
        }
    }

    internal static int Run(Request request, CliContext context)
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
            transaction.WriteAll([.. writes.Select(w => (w.Target.OutputDirectory, w.FileName, w.Write))]);
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
