using System.Collections.Immutable;
using System.Text.Json;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Text;

namespace Theory.Projects;

/// <summary>
/// theory.json: the optional settings at the root of a theory repository. Every setting has a
/// default, so an empty object is a valid project. Problems are diagnostics, never exceptions.
/// </summary>
public sealed record ProjectSettings
{
    public const string FileName = "theory.json";

    /// <summary>The folder holding theory.json; imports and outputs stay inside it.</summary>
    public required string Root { get; init; }

    /// <summary>Files or folders (relative to <see cref="Root"/>) whose .theory files make up the theory.</summary>
    public ImmutableArray<string> Sources { get; init; } = ["."];

    /// <summary>BibTeX files relative to <see cref="Root"/>, in addition to those the theory header names.</summary>
    public ImmutableArray<string> Bibliography { get; init; } = [];

    public int MinimumSources { get; init; } = 2;

    public ImmutableDictionary<string, ReportDiagnostic> Diagnostics { get; init; } =
        ImmutableDictionary.Create<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where `theory build` writes, relative to <see cref="Root"/>.</summary>
    public string Output { get; init; } = "out";

    /// <summary>The text of theory.json, when the settings were read from one.</summary>
    internal SourceText? Text { get; init; }

    /// <summary>Where each string is written in <see cref="Text"/>.</summary>
    private JsonStringPositions? Positions { get; init; }

    /// <summary>Where a string value (a source, a bibliography) is written in theory.json, for a diagnostic about it.</summary>
    internal Location LocationOf(string value)
    {
        if (Text is null)
            return Location.OfFile(FileName);
        var positions = Positions ?? new JsonStringPositions(Text.ToString());
        return positions.TryFind(value, out var index, out var length) ? new Location(Text, new TextSpan(index, length)) : Location.OfFile(Text.FilePath);
    }

    /// <summary>Parses theory.json; the settings are defaults where the file is wrong, and the problems are reported.</summary>
    public static ProjectSettings Parse(SourceText text, string root, out ImmutableArray<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var content = text.ToString();
        var positions = new JsonStringPositions(content);
        var settings = new ProjectSettings { Root = root, Text = text, Positions = positions };
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                Report(bag, text, 0, "the file must hold a JSON object");
            else
                settings = Read(document.RootElement, text, positions, settings, bag);
        }
        catch (JsonException e)
        {
            var position = PositionOf(text, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            Report(bag, text, position, "not valid JSON: " + FirstSentence(e.Message));
        }

        diagnostics = bag.ToImmutableSorted();
        return settings;
    }

    private static ProjectSettings Read(JsonElement root, SourceText text, JsonStringPositions positions, ProjectSettings settings, DiagnosticBag bag)
    {
        foreach (var property in root.EnumerateObject())
        {
            var at = FindProperty(positions, property.Name);
            switch (property.Name)
            {
                case "sources":
                    settings = settings with { Sources = ReadStrings(property.Value, text, at, property.Name, bag) ?? settings.Sources };
                    break;
                case "bibliography":
                    settings = settings with { Bibliography = ReadStrings(property.Value, text, at, property.Name, bag) ?? [] };
                    break;
                case "minimumSources":
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var minimum) && minimum >= 0)
                        settings = settings with { MinimumSources = minimum };
                    else
                        Report(bag, text, at, "`minimumSources` must be a whole number, 0 or more");
                    break;
                case "output":
                    if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } output)
                        Report(bag, text, at, "`output` must be a folder name");
                    else if (!StaysInside(settings.Root, output))
                        Report(bag, text, at, $"`output` must be a folder inside the project, but \"{output}\" leads out of it; builds write to \"out\" instead");
                    else
                        settings = settings with { Output = output };
                    break;
                case "diagnostics":
                    settings = settings with { Diagnostics = ReadSeverities(property.Value, text, positions, at, bag) };
                    break;
                case "$schema":
                    break;
                default:
                    Report(bag, text, at, $"unknown setting `{property.Name}`; the settings are sources, bibliography, minimumSources, diagnostics and output");
                    break;
            }
        }

        return settings;
    }

    private static ImmutableArray<string>? ReadStrings(JsonElement value, SourceText text, int at, string name, DiagnosticBag bag)
    {
        if (value.ValueKind == JsonValueKind.String)
            return [value.GetString()!];
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            return [.. value.EnumerateArray().Select(e => e.GetString()!)];
        Report(bag, text, at, $"`{name}` must be a path or a list of paths");
        return null;
    }

    private static ImmutableDictionary<string, ReportDiagnostic> ReadSeverities(JsonElement value, SourceText text, JsonStringPositions positions, int at, DiagnosticBag bag)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        if (value.ValueKind != JsonValueKind.Object)
        {
            Report(bag, text, at, "`diagnostics` must map diagnostic IDs to error, warning, info or none");
            return result.ToImmutable();
        }

        foreach (var entry in value.EnumerateObject())
        {
            var entryAt = FindProperty(positions, entry.Name);
            if (DiagnosticDescriptors.Find(entry.Name) is not { } descriptor)
            {
                var written = positions.TryFind(entry.Name, out _, out var length) ? length : 0;
                bag.ReportUnknownDiagnosticId(new Location(text, new TextSpan(entryAt, Math.Min(written, text.Length - entryAt))), entry.Name);
                continue;
            }

            if (descriptor.NotConfigurable)
            {
                Report(bag, text, entryAt, $"the severity of {descriptor.Id} cannot be changed: syntax errors and problems reading the project always stand");
                continue;
            }

            ReportDiagnostic? report = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" => ReportDiagnostic.Warning,
                "info" => ReportDiagnostic.Info,
                "none" => ReportDiagnostic.Suppress,
                _ => null,
            } : null;
            if (report is { } r)
                result[entry.Name] = r;
            else
                Report(bag, text, entryAt, $"the severity of {entry.Name} must be error, warning, info or none");
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// True when <paramref name="relative"/> names the root or a folder below it: a repository's
    /// settings must not make a build write outside the repository (an absolute path, `..`).
    /// </summary>
    private static bool StaysInside(string root, string relative)
    {
        if (relative.IndexOf('\0') >= 0 || Path.IsPathRooted(relative))
            return false;
        var rootPath = WorkspacePath.Normalise(Path.IsPathRooted(root) ? root : Path.GetFullPath(root));
        return WorkspacePath.IsInside(WorkspacePath.Resolve(rootPath, relative), rootPath);
    }

    private static int FindProperty(JsonStringPositions positions, string name) =>
        positions.TryFind(name, out var start, out _) ? start : 0;

    private static int PositionOf(SourceText text, int line, int bytePosition)
    {
        if (line >= text.Lines.Length)
            return text.Length;
        var start = text.Lines[line].Start;
        return Math.Min(start + bytePosition, text.Lines[line].End);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static void Report(DiagnosticBag bag, SourceText text, int position, string message)
    {
        var start = Math.Max(0, Math.Min(position, text.Length));
        bag.ReportInvalidProjectFile(new Location(text, new TextSpan(start, start < text.Length ? 1 : 0)), message);
    }
}
