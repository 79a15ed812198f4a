using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>
/// A bound reference to a construct with its qualifier: `high trust`, `final increased coverage`.
/// <see cref="Construct"/> is null when the name did not resolve (a diagnostic says so).
/// </summary>
public sealed class Term
{
    internal Term(TermSyntax syntax, ConstructSymbol? construct, Qualifier qualifier, Tier tier, string writtenName, FactorRole factorRole = FactorRole.None, TypeSymbol? type = null)
    {
        FactorRole = factorRole;
        Type = type;
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

    /// <summary>`necessary` or `contributory`, when the theory says which part the factor plays.</summary>
    public FactorRole FactorRole { get; }

    /// <summary>
    /// The typology type a context names instead of a construct (`context CollaborationType.alliance`):
    /// the claim holds for that type, as `for` says, and the type is its context. Null otherwise.
    /// </summary>
    public TypeSymbol? Type { get; }

    /// <summary>The name as written (it may be an alias or a label that resolved to <see cref="Construct"/>).</summary>
    public string WrittenName { get; }

    public override string ToString()
    {
        var name = Construct?.Name ?? Type?.QualifiedName ?? WrittenName;
        var role = Vocabulary.FactorRoles.KeywordOf(FactorRole) is { } word ? word + " " : "";
        var tier = Tier == Tier.None ? "" : Tier.ToString().ToLowerInvariant() + " ";
        var qualifier = Qualifier == Qualifier.None ? "" : Qualifier.ToText() + " ";
        return role + tier + qualifier + name;
    }
}
