using System.Collections.Immutable;
using System.Globalization;
using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>A descriptor, a location and the arguments that fill its message.</summary>
public sealed class Diagnostic
{
    // Formatted on first use: sorting a million diagnostics needs the message only to break ties.
    private string? _message;

    public Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        ImmutableArray<object> arguments,
        ImmutableArray<RelatedLocation> relatedLocations,
        DiagnosticSeverity? severity = null)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments.IsDefault ? [] : arguments;
        RelatedLocations = relatedLocations.IsDefault ? [] : relatedLocations;
        Severity = severity ?? descriptor.DefaultSeverity;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public DiagnosticSeverity Severity { get; }

    public Location Location { get; }

    public ImmutableArray<object> Arguments { get; }

    public ImmutableArray<RelatedLocation> RelatedLocations { get; }

    /// <summary>The message, formatted with the invariant culture so output never depends on the machine.</summary>
    public string Message => _message ??= string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.ToArray());

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        new(Descriptor, Location, Arguments, RelatedLocations, severity);

    public override string ToString() =>
        $"{Location.FilePath}({Location.LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
