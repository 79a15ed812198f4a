namespace Theory.Semantics;

/// <summary>How file paths compare on this platform: Windows paths are case-insensitive.</summary>
/// <remarks>Decided from the separator rather than OperatingSystem.IsWindows, which netstandard2.0 lacks.</remarks>
internal static class PathComparison
{
    public static bool IsCaseInsensitive { get; } = Path.DirectorySeparatorChar == '\\';
}
