using Theory.Text;

namespace Theory.Diagnostics;

/// <summary>A second place a diagnostic refers to (the opening brace, the other half of a contradiction).</summary>
public sealed record RelatedLocation(Location Location, string Message);
