using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Semantics;

/// <summary>Finds suppression comments in a tree's trivia and works out which declaration each covers.</summary>
internal static class SuppressionCollector
{
    // A plain Regex rather than [GeneratedRegex]: this file also builds for netstandard2.0 (the source generator).
    private static readonly Regex Pattern = new(
        @"^(?://|/\*)\s*suppress\s+(?<ids>[A-Za-z]+\d+(?:\s*,\s*[A-Za-z]+\d+)*)(?<reason>.*?)(?:\*/)?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1));

    public static IEnumerable<Suppression> Collect(SyntaxTree tree)
    {
        // Cheap pre-filter: most trees have no suppressions at all.
        if (!tree.Text.ToString().Contains("suppress", StringComparison.Ordinal))
            yield break;

        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind is not (SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia))
                    continue;
                Match match;
                try
                {
                    match = Pattern.Match(trivia.Text);
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }

                if (!match.Success)
                    continue;
                var ids = match.Groups["ids"].Value.Split(',')
                    .Select(id => id.Trim().ToUpperInvariant()).Where(id => id.Length > 0).ToImmutableArray();
                // Whatever follows the IDs is the reason; a leading `:` or `--` is punctuation.
                var reason = match.Groups["reason"].Value.Trim().TrimStart(':', '-').Trim();
                var scope = ScopeOf(token);
                yield return new Suppression(ids, reason.Length == 0 ? null : reason, new Location(tree.Text, trivia.Span), tree, scope);
            }
        }
    }

    private static TextSpan ScopeOf(SyntaxToken token)
    {
        // The innermost declaration that starts with this token, else the one the token sits in.
        DeclarationSyntax? starting = null;
        DeclarationSyntax? enclosing = null;
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            if (node is not DeclarationSyntax declaration)
                continue;
            enclosing ??= declaration;
            if (starting is null && declaration.FirstToken == token)
                starting = declaration;
        }

        return (starting ?? enclosing)?.Span ?? token.Span;
    }
}
