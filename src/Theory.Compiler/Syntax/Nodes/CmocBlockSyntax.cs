using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>`{ context ... mechanism ... outcome ... }`.</summary>
public sealed class CmocBlockSyntax : BlockSyntax
{
    internal CmocBlockSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CmocBlock, children)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCmocBlock(this);
}
