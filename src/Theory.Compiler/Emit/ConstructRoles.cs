using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Emit;

/// <summary>The parts a construct plays in the theory's claims; diagrams shape and colour nodes by them.</summary>
[Flags]
internal enum ConstructRole
{
    None = 0,
    Context = 1,
    Mechanism = 2,
    Outcome = 4,
    Linked = 8,
}

internal static class ConstructRoles
{
    /// <summary>Roles from every claim that is not refuted (refuted claims are not in the web either).</summary>
    public static Dictionary<ConstructSymbol, ConstructRole> Compute(Compilation compilation)
    {
        var roles = compilation.Constructs.ToDictionary(c => c, _ => ConstructRole.None);

        void Mark(IEnumerable<Term> terms, ConstructRole role)
        {
            foreach (var term in terms)
            {
                if (term.Construct is { } construct && roles.ContainsKey(construct))
                    roles[construct] |= role;
            }
        }

        foreach (var cmoc in compilation.Cmocs.Where(c => c.Status != ClaimStatus.Refuted))
        {
            Mark(cmoc.Contexts, ConstructRole.Context);
            Mark(cmoc.Mechanisms, ConstructRole.Mechanism);
            Mark(cmoc.Outcomes, ConstructRole.Outcome);
        }

        foreach (var link in compilation.Links.Where(l => l.Status != ClaimStatus.Refuted))
        {
            if (link.Source is { } source)
                Mark([source], ConstructRole.Linked);
            Mark(link.Targets, ConstructRole.Linked);
        }

        return roles;
    }
}
