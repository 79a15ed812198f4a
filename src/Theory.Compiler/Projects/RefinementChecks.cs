using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Projects;

/// <summary>
/// A theory that `refines` another is the next phase of it. When a workspace holds several
/// theories, the refined one must be among them (TH2016), and each construct the refinement
/// declares again is named (TH2017, info): the base of a diff between phases. Both take the
/// refining theory's theory.json severities; being about the workspace, not one theory, they are
/// not suppressed by comments.
/// </summary>
internal static class RefinementChecks
{
    public static ImmutableArray<Diagnostic> Check(ImmutableArray<Compilation> compilations)
    {
        if (compilations.Length < 2)
            return [];
        var byName = new Dictionary<string, Compilation>(StringComparer.Ordinal);
        foreach (var compilation in compilations)
            if (compilation.Theory is { } theory)
                byName.TryAdd(theory.Name, compilation);

        var result = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var compilation in compilations)
        {
            if (compilation.Theory is not { Refines: { } refined } theory)
                continue;
            var bag = new DiagnosticBag();
            var clause = theory.Declaration?.DescendantNodes().OfType<RefinesClauseSyntax>().FirstOrDefault();
            var at = clause?.Target?.GetLocation() ?? theory.Location;
            if (!byName.TryGetValue(refined, out var baseTheory) || baseTheory == compilation)
            {
                bag.ReportRefinedTheoryNotFound(at, theory.Name, refined, byName.Keys.Where(n => n != theory.Name));
            }
            else
            {
                foreach (var construct in compilation.Constructs)
                    if (baseTheory.GetConstruct(construct.Name) is { } original && original.Name == construct.Name)
                        bag.ReportConstructRedefined(construct.Location, construct.Name, refined, original.Location);
            }

            result.AddRange(DiagnosticPipeline.ApplyProjectSeverities(bag.ToImmutableSorted(), compilation.Options));
        }

        return result.ToImmutable();
    }
}
