using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Syntax;

namespace Theory.Semantics;

/// <summary>
/// The last steps every diagnostic goes through: drop semantic findings inside declarations that
/// do not parse (they are cascades of the syntax error), apply in-source suppressions, apply the
/// project's severities, and sort stably by file, position and ID.
/// </summary>
internal static class DiagnosticPipeline
{
    public static ImmutableArray<Diagnostic> Finish(IEnumerable<Diagnostic> diagnostics, ImmutableArray<SyntaxTree> trees, CompilationOptions options)
    {
        var list = DropCascades(diagnostics.ToList(), trees);
        list = ApplySuppressions(list, trees);
        return [.. ApplySeverities(list, options).Order(DiagnosticOrder.Instance)];
    }

    private static List<Diagnostic> DropCascades(List<Diagnostic> diagnostics, ImmutableArray<SyntaxTree> trees)
    {
        var byText = new Dictionary<Text.SourceText, (DeclarationLocator Locator, HashSet<SyntaxNode> Broken)>(ReferenceEqualityComparer.Instance);
        foreach (var tree in trees)
        {
            if (!tree.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                continue;
            var locator = new DeclarationLocator(tree);
            var set = new HashSet<SyntaxNode>(SyntaxNodeIdentityComparer.Instance);
            foreach (var error in tree.Diagnostics)
            {
                // A missing token is reported at the token after the gap, so the declaration
                // before the error position is as likely to be the broken one.
                if (locator.InnermostDeclarationAt(error.Location.Span.Start) is { } declaration)
                    set.Add(declaration);
                if (error.Location.Span.Start > 0 && locator.InnermostDeclarationAt(error.Location.Span.Start - 1) is { } previous)
                    set.Add(previous);
            }
            byText[tree.Text] = (locator, set);
        }

        if (byText.Count == 0)
            return diagnostics;
        return diagnostics.Where(d =>
        {
            if (d.Descriptor.NotConfigurable || !byText.TryGetValue(d.Location.Text, out var entry))
                return true;
            return entry.Locator.InnermostDeclarationAt(d.Location.Span.Start) is not { } declaration || !entry.Broken.Contains(declaration);
        }).ToList();
    }

    private static List<Diagnostic> ApplySuppressions(List<Diagnostic> diagnostics, ImmutableArray<SyntaxTree> trees)
    {
        var suppressions = trees.SelectMany(SuppressionCollector.Collect).ToList();
        if (suppressions.Count == 0)
            return diagnostics;

        var result = new List<Diagnostic>();
        var findings = new DiagnosticBag();
        var used = new HashSet<Suppression>(ReferenceEqualityComparer.Instance);
        foreach (var diagnostic in diagnostics)
        {
            var suppression = diagnostic.Descriptor.NotConfigurable ? null : suppressions.FirstOrDefault(s =>
                s.Reason is not null
                && s.Ids.Contains(diagnostic.Id)
                && ReferenceEquals(s.Tree.Text, diagnostic.Location.Text)
                && s.Scope.Start <= diagnostic.Location.Span.Start && diagnostic.Location.Span.Start <= s.Scope.End);
            if (suppression is null)
                result.Add(diagnostic);
            else
                used.Add(suppression);
        }

        foreach (var suppression in suppressions)
        {
            foreach (var id in suppression.Ids)
            {
                if (DiagnosticDescriptors.Find(id) is null)
                    findings.ReportUnknownDiagnosticId(suppression.Comment, id);
                else if (suppression.Reason is null)
                    findings.ReportSuppressionWithoutReason(suppression.Comment, id);
            }

            if (suppression.Reason is not null && !used.Contains(suppression) && suppression.Ids.All(id => DiagnosticDescriptors.Find(id) is not null))
                findings.ReportUnusedSuppression(suppression.Comment, suppression.Ids);
        }

        result.AddRange(findings.ToList());

        return result;
    }

    /// <summary>
    /// Only the project's severities, for findings about a workspace rather than one theory
    /// (TH2016, TH2017): a suppression comment belongs to its theory's own checks, which would
    /// otherwise report it unused.
    /// </summary>
    public static ImmutableArray<Diagnostic> ApplyProjectSeverities(IEnumerable<Diagnostic> diagnostics, CompilationOptions options) =>
        [.. ApplySeverities(diagnostics.ToList(), options).Order(DiagnosticOrder.Instance)];

    private static IEnumerable<Diagnostic> ApplySeverities(List<Diagnostic> diagnostics, CompilationOptions options)
    {
        if (options.SpecificDiagnosticOptions.IsEmpty)
            return diagnostics;
        return diagnostics.Select(d => !d.Descriptor.NotConfigurable && options.SpecificDiagnosticOptions.TryGetValue(d.Id, out var report)
                ? report switch
                {
                    ReportDiagnostic.Suppress => null,
                    ReportDiagnostic.Info => d.WithSeverity(DiagnosticSeverity.Info),
                    ReportDiagnostic.Warning => d.WithSeverity(DiagnosticSeverity.Warning),
                    _ => d.WithSeverity(DiagnosticSeverity.Error),
                }
                : d)
            .OfType<Diagnostic>();
    }
}
