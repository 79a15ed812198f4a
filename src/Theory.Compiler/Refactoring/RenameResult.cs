using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Refactoring;

/// <summary>What a rename changes, file by file, or why it cannot be made.</summary>
public sealed class RenameResult
{
    private RenameResult(Symbol? symbol, ImmutableArray<DocumentChange> changes, string? error)
    {
        Symbol = symbol;
        Changes = changes;
        Error = error;
    }

    /// <summary>The symbol renamed (in the compilation it was found in), or null when none was found.</summary>
    public Symbol? Symbol { get; }

    /// <summary>One entry per file that changes, in file order.</summary>
    public ImmutableArray<DocumentChange> Changes { get; }

    /// <summary>Why the rename was refused, in words for the person who asked; null when it succeeded.</summary>
    public string? Error { get; }

    public bool Succeeded => Error is null;

    internal static RenameResult Success(Symbol symbol, ImmutableArray<DocumentChange> changes) => new(symbol, changes, null);

    internal static RenameResult Failure(Symbol? symbol, string error) => new(symbol, [], error);
}
