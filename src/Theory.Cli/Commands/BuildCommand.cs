using System.CommandLine;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Diagnostics;
using Theory.Emit;
using Theory.Projects;
using Theory.Semantics;

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

        var command = new Command("build", "Build a theory's artefacts: diagrams (DOT and SVG), a C# model, JSON, Mermaid and a CSV table of CMOCs.")
        {
            paths, output, force, noSvg, ns, timeout,
        };
        command.SetAction(result => Run(new Request(
            result.GetValue(paths) ?? [], result.GetValue(output), result.GetValue(force), result.GetValue(noSvg),
            result.GetValue(ns), result.GetValue(timeout)), context));
        return command;
    }

    private sealed record Request(string[] Paths, string? Output, bool Force, bool NoSvg, string? Namespace, int TimeoutSeconds);

    private static int Run(Request request, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
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

        GraphvizRenderer? renderer = null;
        if (!request.NoSvg)
        {
            renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(request.TimeoutSeconds), context.GetEnvironmentVariable, out var missing);
            if (renderer is null)
            {
                stderr.WriteLine($"theory: error: cannot render SVG: {missing} Or pass --no-svg to build everything else.");
                return ExitCodes.UsageOrIo;
            }
        }

        // Make what can fail first (the diagrams, rendered by Graphviz): nothing is written unless
        // every one could be made. The C# and JSON models are written straight to their files
        // afterwards, so a large theory's models are never held in memory whole.
        var plan = new List<(string Directory, string FileName, Action<Stream> Write)>();
        var markers = new List<(string Directory, string Name, string? Text)>();
        foreach (var compilation in workspace.Compilations)
        {
            var invalid = compilation.HasErrors;
            var directory = OutputDirectory(request.Output, workspace.GetProjectSettings(compilation));
            var options = new EmitOptions
            {
                FromInvalidTheory = invalid,
                DisplayPath = text => RelativePath(compilation.Options.ProjectRoot, workspace.GetFullPath(text) ?? context.FullPath(text.FilePath)),
                Namespace = request.Namespace,
            };
            foreach (var artifact in ArtifactEmitter.Sources(compilation, options))
            {
                if (!artifact.FileName.EndsWith(".dot", StringComparison.Ordinal))
                {
                    plan.Add((directory, artifact.FileName, artifact.WriteTo));
                    continue;
                }

                var text = artifact.GetText();
                var dot = System.Text.Encoding.UTF8.GetBytes(text);
                plan.Add((directory, artifact.FileName, stream => stream.Write(dot)));
                if (renderer is not null)
                {
                    try
                    {
                        var svg = renderer.Render(text, "svg");
                        plan.Add((directory, Path.ChangeExtension(artifact.FileName, ".svg"), stream => stream.Write(svg)));
                    }
                    catch (GraphvizException e)
                    {
                        stderr.WriteLine($"theory: error: cannot render {artifact.FileName}: {e.Message}");
                        return ExitCodes.UsageOrIo;
                    }
                }
            }

            var name = ArtifactEmitter.NameOf(compilation);
            markers.Add((directory, name + ".INVALID.txt", invalid
                ? "Built with --force from a theory with errors; these outputs describe an invalid theory.\n"
                  + string.Concat(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
                      .Select(d => $"{d.Location.FilePath}({d.Location.LineSpan.Start}): {d.Id}: {d.Message}\n"))
                : null));
        }

        var clash = plan.GroupBy(p => context.FullPath(Path.Combine(p.Directory, p.FileName))).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            stderr.WriteLine($"theory: error: two theories would both write '{clash.Key}': give each theory its own name, or build them separately");
            return ExitCodes.UsageOrIo;
        }

        try
        {
            foreach (var (directory, fileName, write) in plan)
            {
                Directory.CreateDirectory(context.FullPath(directory));
                AtomicFileWriter.Write(context.FullPath(Path.Combine(directory, fileName)), write);
            }

            foreach (var (directory, name, text) in markers)
            {
                var path = context.FullPath(Path.Combine(directory, name));
                if (text is not null)
                    AtomicFileWriter.WriteText(path, text);
                else if (File.Exists(path))
                    File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"theory: error: cannot write the outputs: {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        foreach (var group in plan.GroupBy(p => p.Directory))
            stdout.WriteLine($"Wrote {group.Count()} files to {group.Key}: {string.Join(", ", group.Select(p => p.FileName))}");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string OutputDirectory(string? requested, ProjectSettings? settings)
    {
        if (requested is { Length: > 0 })
            return requested;
        return settings is not null ? Path.Combine(settings.Root, settings.Output) : "out";
    }

    /// <summary>Paths inside outputs are relative to the project root with '/' separators, so outputs do not depend on the machine.</summary>
    internal static string RelativePath(string? root, string path)
    {
        var full = Path.GetFullPath(path);
        var relative = root is null ? Path.GetFileName(full) : Path.GetRelativePath(root, full);
        return relative.Replace('\\', '/');
    }
}
