using System.Collections.Immutable;

namespace Theory.Syntax;

/// <summary>The root of a syntax tree: the declarations of one file and its end-of-file token (which carries trailing trivia).</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(ImmutableArray<SyntaxElement> children)
        : base(SyntaxKind.CompilationUnit, children)
    {
    }

    /// <summary>Set once by the <see cref="Syntax.SyntaxTree"/> that owns this root.</summary>
    internal SyntaxTree? Tree { get; set; }

    public IEnumerable<SyntaxNode> Declarations => ChildNodes();

    public SyntaxToken? EndOfFileToken => GetToken(SyntaxKind.EndOfFileToken);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCompilationUnit(this);
}
