using System.Collections.Immutable;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Symbols;

/// <summary>
/// A named thing the binder found in a theory. Symbols are created and filled by the binder and
/// never change once the compilation that owns them is built.
/// </summary>
public abstract class Symbol
{
    // Its hash code: checks key dictionaries and sets by symbols (every construct, every claim).
    private readonly int _identity = IdentityNumbers.Next();

    private protected Symbol(string name, SyntaxNode? declaration)
    {
        Name = name;
        Declaration = declaration;
    }

    public abstract SymbolKind Kind { get; }

    /// <summary>The identifier it is declared with.</summary>
    public string Name { get; }

    /// <summary>The quoted label after the name, if any.</summary>
    public string? Label { get; internal set; }

    public string? Description { get; internal set; }

    public ImmutableArray<string> Notes { get; internal set; } = [];

    /// <summary>The declaring node, or null for symbols that exist without one (the `atemporal` stage, BibTeX sources).</summary>
    public SyntaxNode? Declaration { get; }

    /// <summary>Where the name is declared (the identifier), for diagnostics.</summary>
    public Location? Location { get; internal set; }

    /// <summary>The label when there is one, else the name: what a reader would call it.</summary>
    public string DisplayName => string.IsNullOrEmpty(Label) ? Name : Label;

    public override string ToString() => $"{Kind} {Name}";

    /// <summary>Symbols are equal only to themselves.</summary>
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public sealed override int GetHashCode() => _identity;
}
