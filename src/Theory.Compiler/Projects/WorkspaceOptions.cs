namespace Theory.Projects;

/// <summary>How a workspace reads files and shows paths.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>
    /// The folder relative paths are resolved against and shown relative to (a command line's
    /// working folder, an editor's workspace folder). Never the process's current directory
    /// implicitly: a host that means it passes it.
    /// </summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Where files come from; the disk unless a host says otherwise.</summary>
    public IFileProvider FileProvider { get; init; } = DiskFileProvider.Instance;

    /// <summary>The disk, with paths relative to <paramref name="baseDirectory"/>.</summary>
    public static WorkspaceOptions ForDirectory(string baseDirectory) => new() { BaseDirectory = baseDirectory };
}
