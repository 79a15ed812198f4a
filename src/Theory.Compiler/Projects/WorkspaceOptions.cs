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

    private readonly IFileProvider? _fileProvider;

    /// <summary>Where files come from; the disk unless a host says otherwise (the netstandard2.0 build, which the source generator loads, has no disk provider).</summary>
    public IFileProvider FileProvider
    {
        get => _fileProvider ?? DefaultFileProvider();
        init => _fileProvider = value;
    }

    private static IFileProvider DefaultFileProvider() =>
#if NET
        DiskFileProvider.Instance;
#else
        throw new InvalidOperationException("This build of the compiler reads no disk: give the workspace a FileProvider.");
#endif

    /// <summary>The disk, with paths relative to <paramref name="baseDirectory"/>.</summary>
    public static WorkspaceOptions ForDirectory(string baseDirectory) => new() { BaseDirectory = baseDirectory };
}
