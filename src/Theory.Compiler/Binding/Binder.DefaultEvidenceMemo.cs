using System.Collections.Immutable;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Binding;

/// <summary>
/// The default evidence of each file and group, bound once. One binder binds it when a
/// declaration in the file or group first needs it. When several bind a large theory's
/// declarations at the same time, every file and group is bound before they start (its findings,
/// such as unknown citations, go to the binder that prepares them), and they only read it. The
/// first citation it met is kept beside it, so each binder counts it as met where it first needs
/// it, as a single binder would have.
/// </summary>
internal sealed partial class Binder
{
    private sealed class DefaultEvidenceMemo
    {
        private readonly Dictionary<SyntaxNode, (ImmutableArray<EvidenceItem> Items, Location? FirstCitation)> _bound = new(SyntaxNodeIdentityComparer.Instance);

        /// <summary>The default evidence declared directly in <paramref name="container"/>, bound by <paramref name="asking"/> if no binder has yet.</summary>
        public (ImmutableArray<EvidenceItem> Items, Location? FirstCitation) Get(SyntaxNode container, Binder asking)
        {
            if (!_bound.TryGetValue(container, out var bound))
            {
                var before = asking._firstCitation;
                _bound[container] = bound = Bind(container, asking);
                asking._firstCitation = before ?? bound.FirstCitation;
            }

            return bound;
        }

        /// <summary>Binds the default evidence of every file and group that holds one of <paramref name="members"/>, without counting it as met.</summary>
        public void Prepare(List<(SyntaxNode Node, GroupSymbol? Group)> members, Binder binder)
        {
            foreach (var (node, _) in members)
            {
                for (var container = node.Parent; container is not null; container = container.Parent)
                {
                    if (container is not (GroupBodySyntax or CompilationUnitSyntax) || _bound.ContainsKey(container))
                        continue;
                    var before = binder._firstCitation;
                    _bound[container] = Bind(container, binder);
                    binder._firstCitation = before;
                }
            }
        }

        private static (ImmutableArray<EvidenceItem>, Location?) Bind(SyntaxNode container, Binder binder)
        {
            binder._firstCitation = null;
            var declarations = container.ChildNodes().OfType<DefaultEvidenceDeclarationSyntax>().ToList();
            ImmutableArray<EvidenceItem> items = declarations.Count == 0
                ? default
                : [.. declarations.Where(d => d.Evidence is not null).SelectMany(d => binder.BindEvidence(d.Evidence!, declaringDefault: true))];
            return (items, binder._firstCitation);
        }
    }
}
