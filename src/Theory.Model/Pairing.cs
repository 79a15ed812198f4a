namespace Theory.Model;

/// <summary>A CMOC's <c>context A => M1</c>: contexts that trigger only these mechanisms.</summary>
/// <param name="Contexts">The ids of the paired contexts.</param>
/// <param name="Mechanisms">The ids of the mechanisms they trigger.</param>
public sealed record Pairing(ValueList<string> Contexts, ValueList<string> Mechanisms);
