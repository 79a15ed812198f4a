using System.Reflection;

namespace Theory.Cli;

/// <summary>The version the tool reports, from the assembly (set once in Directory.Build.props).</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
