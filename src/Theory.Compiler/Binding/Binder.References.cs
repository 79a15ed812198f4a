using System.Collections.Immutable;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Binding;

/// <summary>Name resolution: constructs (by name, alias or label), types, stages, citations.</summary>
internal sealed partial class Binder
{
    private ImmutableArray<Term> BindTerms(IEnumerable<TermSyntax> terms, TermRole role)
    {
        BindTerms(terms, role, _scratch.Terms);
        return ScratchBuilders.Take(_scratch.Terms);
    }

    /// <summary>Binds the named terms into <paramref name="bound"/> (a term recovery left without a name binds to nothing).</summary>
    private void BindTerms(IEnumerable<TermSyntax> terms, TermRole role, ImmutableArray<Term>.Builder bound)
    {
        foreach (var term in terms)
        {
            if (term.Name is { Text.Length: > 0 })
                bound.Add(BindTerm(term, role));
        }
    }

    private Term BindTerm(TermSyntax syntax, TermRole role, bool allowGroup = false)
    {
        var qualifierToken = syntax.Qualifier;
        var qualifier = QualifierFacts.FromToken(qualifierToken);
        if (qualifierToken is not null && qualifier != Qualifier.None && qualifier.IsLevel() != role.TakesLevel())
        {
            var (written, expected) = qualifier.IsLevel() ? ("level", "direction") : ("direction", "level");
            _diagnostics.ReportMisplacedQualifier(qualifierToken.GetLocation()!, qualifierToken.Text, written, role.Plural(), expected);
        }

        var tier = syntax.Tier?.Kind switch
        {
            SyntaxKind.IntermediateKeyword => Tier.Intermediate,
            SyntaxKind.FinalKeyword => Tier.Final,
            _ => Tier.None,
        };
        var factorRole = Vocabulary.FromToken(Vocabulary.FactorRoles, syntax.FactorRole) ?? FactorRole.None;
        if (factorRole != FactorRole.None && !role.TakesFactorRole())
            _diagnostics.ReportMisplacedFactorRole(syntax.FactorRole!.GetLocation()!, syntax.FactorRole.Text, role.Plural());

        // Error recovery can leave a term with a qualifier but no name (`link a -> increased`);
        // the syntax error is already reported, so the term simply resolves to nothing.
        if (syntax.Name is not { } name)
            return new Term(syntax, null, qualifier, tier, "", factorRole);

        // A context may name a typology's type (`context CollaborationType.alliance`): "alliance
        // ways of working build faith". A construct of the same name wins.
        if (role == TermRole.Context && name.Parts.Count() == 2 && LookupConstruct(name.Text) is null && LookupTypeQuietly(name) is { } type)
        {
            _referenced[name] = type;
            return new Term(syntax, null, qualifier, tier, name.Text, factorRole, type);
        }

        var construct = ResolveConstruct(name, markUsed: true, allowGroup);
        return new Term(syntax, construct, qualifier, tier, name.Text, factorRole);
    }

    /// <summary>`Typology.type` without reporting: null when the name is not exactly that.</summary>
    private TypeSymbol? LookupTypeQuietly(QualifiedNameSyntax name) => QualifiedType(NameParts(name));

    private static List<string> NameParts(QualifiedNameSyntax name) => [.. name.Parts.Where(p => !p.IsMissing).Select(p => p.ValueText)];

    private TypeSymbol? QualifiedType(List<string> parts) =>
        parts.Count == 2 && _typologies.TryGetValue(parts[0], out var typology) ? typology.Types.FirstOrDefault(t => t.Name == parts[1]) : null;

    private ConstructSymbol? ResolveConstruct(QualifiedNameSyntax name, bool markUsed, bool allowGroup = false)
    {
        var text = name.Text;
        if (text.Length == 0)
            return null;
        var construct = LookupConstruct(text);
        if (construct is null)
        {
            _diagnostics.ReportUndefinedConstruct(name.GetLocation()!, allowGroup ? "construct or group" : "construct", text, _constructs.Keys);
            return null;
        }

        _referenced[name] = construct;
        if (markUsed)
            _used.Add(construct);
        return construct;
    }

    /// <summary>By name, then the same name normalised, then alias, then an unambiguous label.</summary>
    internal ConstructSymbol? LookupConstruct(string text)
    {
        if (_constructs.TryGetValue(text, out var construct))
            return construct;
        var key = NameNormaliser.Normalise(text);
        if (_constructsByNormalisedName.TryGetValue(key, out construct) || _constructsByAlias.TryGetValue(key, out construct))
            return construct;
        return _constructsByLabel.GetValueOrDefault(key);
    }

    private TypeSymbol? ResolveType(QualifiedNameSyntax name)
    {
        var parts = NameParts(name);
        if (parts.Count == 0)
            return null;
        TypeSymbol? type = null;
        if (parts.Count == 2)
            type = QualifiedType(parts);
        else if (parts.Count == 1)
        {
            // A bare type name is accepted when exactly one typology has it.
            var matches = _typologyList.SelectMany(t => t.Types).Where(t => t.Name == parts[0]).Take(2).ToList();
            type = matches.Count == 1 ? matches[0] : null;
        }

        if (type is null)
        {
            _diagnostics.ReportUndefinedType(name.GetLocation()!, name.Text, [.. _typologyList.SelectMany(t => t.Types).Select(t => t.QualifiedName)]);
            return null;
        }

        _referenced[name] = type;
        return type;
    }

    private StageSymbol? ResolveStage(SyntaxToken token)
    {
        if (_stages.TryGetValue(token.ValueText, out var stage))
            return stage;
        _diagnostics.ReportUndefinedStage(token.GetLocation()!, token.ValueText, _stages.Values.OrderBy(s => s.Order).Select(s => s.Name));
        return null;
    }

    /// <param name="clause">The `evidence` clause.</param>
    /// <param name="defaults">The default evidence in force (default when none is).</param>
    /// <param name="declaringDefault">Whether the clause is a `default evidence` declaration's own.</param>
    private IEnumerable<EvidenceItem> BindEvidence(EvidenceClauseSyntax clause, ImmutableArray<EvidenceItem> defaults = default, bool declaringDefault = false)
    {
        foreach (var item in clause.Items)
        {
            var locator = item.Locator?.Value is { IsMissing: false } l ? l.ValueText : null;
            var quote = item.Quotation?.Value is { IsMissing: false } q ? q.ValueText : null;
            switch (item)
            {
                case DefaultSourceEvidenceSyntax:
                    // `evidence at "p. 12"`: a place in the one source the default evidence names.
                    var sources = defaults.IsDefault ? [] : defaults.GroupBy(d => d.SourceIdentity, StringComparer.Ordinal).Select(g => g.First()).ToList();
                    if (sources.Count == 1)
                    {
                        yield return sources[0].AsDefault(item, locator ?? sources[0].Locator, quote ?? sources[0].Quote);
                    }
                    else
                    {
                        _diagnostics.ReportEvidenceWithoutSource(item.GetLocation()!, item.ToString().Trim(), declaringDefault
                            ? "a `default evidence` declaration names the sources of its claims, not places in them"
                            : sources.Count == 0
                                ? "no `default evidence` applies here; name the source (`@key at \"p. 12\"`) or declare `default evidence @key` in the file or group"
                                : $"the default evidence names {sources.Count} sources ({string.Join(", ", sources.Select(s => s.EvidenceKind == EvidenceKind.Citation ? "@" + s.Key : s.Key))}); name the one meant");
                    }

                    break;
                case CitationEvidenceSyntax citation when citation.Key.Length > 0:
                    yield return new EvidenceItem(item, EvidenceKind.Citation, citation.Key, locator, quote, ResolveCitation(citation));
                    break;
                case PrimaryDataEvidenceSyntax primary when primary.Source is { IsMissing: false } source:
                    var kind = Vocabulary.FromToken(Vocabulary.PrimaryDataKinds, primary.KindKeyword) ?? EvidenceKind.Survey;
                    yield return new EvidenceItem(item, kind, source.ValueText, locator, quote, null);
                    break;
            }
        }
    }

    private SourceSymbol? ResolveCitation(CitationEvidenceSyntax citation)
    {
        var location = citation.Citation!.GetLocation()!;
        _firstCitation ??= location;
        _citedKeys.Add(citation.Key);
        if (_sources.TryGetValue(citation.Key, out var source))
        {
            _referenced[citation] = source;
            return source;
        }

        if (_hasBibliography)
        {
            _diagnostics.ReportUnknownCitation(location, citation.Key, _sources.Keys);
        }

        return null;
    }
}
