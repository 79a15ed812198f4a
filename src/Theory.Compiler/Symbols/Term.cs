using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// A bound reference to a construct with its qualifier: `high trust`, `final increased coverage`.
/// <see cref="Construct"/> is null when the name did not resolve (a diagnostic says so).
/// </summary>
public sealed class Term
{
    internal Term(TermSyntax syntax, ConstructSymbol? construct, Qualifier qualifier, Tier tier, string writtenName)
    {
        Syntax = syntax;
        Construct = construct;
        Qualifier = qualifier;
        Tier = tier;
        WrittenName = writtenName;
    }

    public TermSyntax Syntax { get; }

    public ConstructSymbol? Construct { get; }

    public Qualifier Qualifier { get; }

    public Tier Tier { get; }

    /// <summary>The name as written (it may be an alias or a label that resolved to <see cref="Construct"/>).</summary>
    public string WrittenName { get; }

    public override string ToString()
    {
        var name = Construct?.Name ?? WrittenName;
        var tier = Tier == Tier.None ? "" : Tier.ToString().ToLowerInvariant() + " ";
        var qualifier = Qualifier == Qualifier.None ? "" : Qualifier.ToText() + " ";
        return tier + qualifier + name;
    }
}
