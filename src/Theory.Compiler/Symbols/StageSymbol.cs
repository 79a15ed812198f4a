using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>A stage of the `stages a &lt; b &lt; c` order, or the built-in `atemporal` stage (order -1).</summary>
public sealed class StageSymbol : Symbol
{
    public const string AtemporalName = "atemporal";

    internal StageSymbol(string name, SyntaxNode? declaration, int order) : base(name, declaration) => Order = order;

    public override SymbolKind Kind => SymbolKind.Stage;

    /// <summary>Position in the declared order, from 0; -1 for `atemporal`, which is unordered.</summary>
    public int Order { get; }

    public bool IsAtemporal => Order < 0;
}
