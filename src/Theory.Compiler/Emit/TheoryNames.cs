using Theory.Semantics;

namespace Theory.Emit;

/// <summary>The name artefacts are filed under: the theory's declared name, else the first file's name.</summary>
internal static class TheoryNames
{
    public static string Of(Compilation compilation)
    {
        if (compilation.Theory is { Name.Length: > 0 } theory)
            return theory.Name;
        var first = compilation.SyntaxTrees.FirstOrDefault()?.Text.FilePath;
        var stem = string.IsNullOrEmpty(first) ? "" : Path.GetFileNameWithoutExtension(first);
        var safe = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_').ToArray());
        return safe.Length > 0 ? safe : "theory";
    }

    /// <summary>The title shown on diagrams: the theory's label or title, else its name.</summary>
    public static string Title(Compilation compilation) =>
        TextSanitiser.OneLine(compilation.Theory?.Label is { Length: > 0 } label ? label
            : compilation.Theory?.Title is { Length: > 0 } title ? title
            : Of(compilation));
}
