namespace Theory.Projects;

/// <summary>What a path names, as a <see cref="IFileProvider"/> sees it.</summary>
public enum FileEntryKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A file that can be read.</summary>
    File,

    /// <summary>A folder.</summary>
    Directory,
}
