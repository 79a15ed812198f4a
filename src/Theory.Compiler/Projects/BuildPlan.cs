using System.Collections.Immutable;
using Theory.Emit;
using Theory.Semantics;

namespace Theory.Projects;

/// <summary>What one theory of a build writes, and where.</summary>
/// <param name="Compilation">The theory.</param>
/// <param name="OutputDirectory">The full path of the folder its outputs go to.</param>
/// <param name="DisplayDirectory">That folder as the workspace shows paths.</param>
/// <param name="Artifacts">Its artefacts, in a fixed order, each with its kind and format.</param>
/// <param name="InvalidMarker">For a theory with errors, the marker to write beside the outputs; else null (and a stale one is removed).</param>
/// <param name="InvalidMarkerFileName">The marker's file name, written or removed.</param>
public sealed record BuildTarget(
    Compilation Compilation,
    string OutputDirectory,
    string DisplayDirectory,
    ImmutableArray<Artifact> Artifacts,
    Artifact? InvalidMarker,
    string InvalidMarkerFileName);

/// <summary>
/// The plan of a build: for each theory of a workspace, the folder it is written to (the requested
/// one, else theory.json's <c>output</c>, else <c>out</c> beside the base folder), its artefacts
/// with paths inside them relative to its project (so outputs do not depend on where the build
/// ran), and whether it is marked invalid. Hosts render diagrams and write files; the plan decides
/// everything else, so every host builds alike.
/// </summary>
public sealed class BuildPlan
{
    private BuildPlan(ImmutableArray<BuildTarget> targets, string? clash, string? overwritesInput, string? leavesProject)
    {
        Targets = targets;
        Clash = clash;
        OverwritesInput = overwritesInput;
        LeavesProject = leavesProject;
    }

    public ImmutableArray<BuildTarget> Targets { get; }

    /// <summary>The full path of a file that two theories would both write, or null. A build with a clash must not run.</summary>
    public string? Clash { get; }

    /// <summary>
    /// The full path of an input (a theory, a bibliography, theory.json) that the build would write
    /// over, or null. A build that would replace its own sources must not run.
    /// </summary>
    public string? OverwritesInput { get; }

    /// <summary>
    /// The full path of an output folder that lies inside its project (or the base folder) by name
    /// but outside it once symbolic links are followed, or null. A repository could otherwise
    /// commit `out` as a link to anywhere on the machine; a build that would write there must not run.
    /// </summary>
    public string? LeavesProject { get; }

    /// <summary>True when some theory has errors (its outputs would be marked invalid).</summary>
    public bool HasInvalidTheories => Targets.Any(t => t.InvalidMarker is not null);

    /// <param name="workspace">The loaded theories.</param>
    /// <param name="outputDirectory">A folder for every theory's outputs (relative to the workspace's base folder), or null for each project's own.</param>
    /// <param name="csharpNamespace">The namespace of the generated C# model, or null for the default.</param>
    public static BuildPlan Create(TheoryWorkspace workspace, string? outputDirectory = null, string? csharpNamespace = null)
    {
        if (workspace is null)
            throw new ArgumentNullException(nameof(workspace));
        var baseDirectory = WorkspacePath.Normalise(workspace.Options.BaseDirectory);
        var targets = ImmutableArray.CreateBuilder<BuildTarget>();
        var written = new HashSet<string>(WorkspacePath.Comparer);
        string? clash = null;
        string? overwritesInput = null;
        string? leavesProject = null;
        var provider = workspace.Options.FileProvider;
        foreach (var compilation in workspace.Compilations)
        {
            var settings = workspace.GetProjectSettings(compilation);
            var directory = outputDirectory is { Length: > 0 } requested ? WorkspacePath.Resolve(baseDirectory, requested)
                : settings is not null ? WorkspacePath.Resolve(settings.Root, settings.Output)
                : WorkspacePath.Resolve(baseDirectory, "out");
            var container = settings?.Root ?? baseDirectory;
            if (WorkspacePath.IsInside(directory, container)
                && (provider.GetRealPath(directory) is not { } real || !WorkspacePath.IsInside(real, provider.GetRealPath(container) ?? container)))
                leavesProject ??= directory;
            var options = OutputOptions(workspace, compilation, csharpNamespace);
            var artifacts = ArtifactEmitter.EmitAll(compilation, options);
            var markerName = ArtifactEmitter.InvalidMarkerFileName(compilation);
            // Diagrams are also rendered beside their DOT (NAME.web.svg), so those names count too.
            var names = artifacts.Select(a => a.FileName)
                .Concat(artifacts.Where(a => a.Format == ArtifactFormat.Dot).Select(a => Path.ChangeExtension(a.FileName, ".svg")))
                .Append(markerName);
            foreach (var name in names)
            {
                var path = Path.Combine(directory, name);
                if (!written.Add(path))
                    clash ??= path;
                if (workspace.IsInput(path))
                    overwritesInput ??= path;
            }

            targets.Add(new BuildTarget(compilation, directory, workspace.GetDisplayPath(directory), artifacts,
                ArtifactEmitter.InvalidMarker(compilation, options), markerName));
        }

        return new BuildPlan(targets.ToImmutable(), clash, overwritesInput, leavesProject);
    }

    /// <summary>
    /// How a theory's outputs (a build's, a report's) name its files: relative to the project root
    /// with '/' separators, whatever the machine or the folder the command ran in.
    /// </summary>
    public static EmitOptions OutputOptions(TheoryWorkspace workspace, Compilation compilation, string? csharpNamespace)
    {
        if (workspace is null)
            throw new ArgumentNullException(nameof(workspace));
        if (compilation is null)
            throw new ArgumentNullException(nameof(compilation));
        var baseDirectory = WorkspacePath.Normalise(workspace.Options.BaseDirectory);
        var root = compilation.Options.ProjectRoot;
        return new EmitOptions
        {
            DisplayPath = text => ProjectRelative(root, workspace.GetFullPath(text) ?? WorkspacePath.Resolve(baseDirectory, text.FilePath)),
            Namespace = csharpNamespace,
        };
    }

    /// <summary>A path inside outputs: relative to the project root, with '/' separators, whatever the machine.</summary>
    private static string ProjectRelative(string? root, string fullPath) =>
        (root is null ? Path.GetFileName(fullPath) : Path.GetRelativePath(root, fullPath)).Replace('\\', '/');
}
