using System.Collections.Immutable;
using System.Globalization;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;

namespace Theory.Binding;

/// <summary>Pass 2: binds the clauses of each declaration against the tables filled in pass 1.</summary>
internal sealed partial class Binder
{
    private static readonly string[] ConfidenceWords = ["high", "moderate", "low"];

    private void BindMember(SyntaxNode node, GroupSymbol? group)
    {
        switch (node)
        {
            case TheoryDeclarationSyntax theory when _declared.GetValueOrDefault(theory) is TheorySymbol symbol:
                BindTheory(theory, symbol);
                break;
            case ConstructDeclarationSyntax construct when _declared.GetValueOrDefault(construct) is ConstructSymbol symbol:
                BindConstruct(construct, symbol);
                break;
            case CmocDeclarationSyntax cmoc when _declared.GetValueOrDefault(cmoc) is CmocSymbol symbol:
                BindCmoc(cmoc, symbol);
                break;
            case LinkDeclarationSyntax link when _declared.GetValueOrDefault(link) is LinkSymbol symbol:
                BindLink(link, symbol);
                break;
            case ChainDeclarationSyntax chain when _declared.GetValueOrDefault(chain) is ChainSymbol symbol:
                BindChain(chain, symbol);
                break;
            case FeedbackDeclarationSyntax loop when _declared.GetValueOrDefault(loop) is FeedbackLoopSymbol symbol:
                BindFeedback(loop, symbol);
                break;
            case MeasureDeclarationSyntax measure when _declared.GetValueOrDefault(measure) is MeasureSymbol symbol:
                BindMeasure(measure, symbol);
                break;
            case DefaultEvidenceDeclarationSyntax { Parent: { } container }:
                // Bound even when no claim uses it, so its citations are checked.
                _ = DefaultEvidenceDeclaredIn(container);
                break;
        }
    }

    private void BindTheory(TheoryDeclarationSyntax syntax, TheorySymbol theory)
    {
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case TitleClauseSyntax title:
                    theory.Title = title.Value?.ValueText;
                    break;
                case VersionClauseSyntax version:
                    theory.Version = version.Value?.ValueText;
                    break;
                case AuthorsClauseSyntax authors:
                    theory.Authors = theory.Authors.AddRange(authors.Authors.Where(a => !a.IsMissing).Select(a => a.ValueText));
                    break;
                case RefinesClauseSyntax refines:
                    theory.Refines = refines.Target?.Text;
                    break;
                case BibliographyClauseSyntax bibliography when bibliography.Path is { IsMissing: false } path:
                    theory.Bibliographies = theory.Bibliographies.Add(path.ValueText);
                    break;
                default:
                    BindCommonClause(clause, theory);
                    break;
            }
        }
    }

    private void BindGroupClauses(GroupDeclarationSyntax syntax, GroupSymbol group)
    {
        foreach (var clause in syntax.Members.OfType<DescriptionClauseSyntax>())
            BindCommonClause(clause, group);
    }

    private static void BindCommonClause(SyntaxNode clause, Symbol symbol)
    {
        switch (clause)
        {
            case DescriptionClauseSyntax description when description.Value is { IsMissing: false } value:
                symbol.Description = value.ValueText;
                break;
            case NoteClauseSyntax note when note.Value is { IsMissing: false } value:
                symbol.Notes = symbol.Notes.Add(value.ValueText);
                break;
        }
    }

    private void BindConstruct(ConstructDeclarationSyntax syntax, ConstructSymbol construct)
    {
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case KindClauseSyntax kind when kind.Value is { IsMissing: false } value:
                    construct.ConstructKind = Validate(Vocabulary.ConstructKinds, value) ?? ConstructKind.Unspecified;
                    break;
                case SpecialisesClauseSyntax specialises when specialises.Target is { } target:
                    construct.Specialises = ResolveConstruct(target, markUsed: true);
                    break;
                case InverseClauseSyntax inverse when inverse.Target is { } target:
                    construct.InverseOf = ResolveConstruct(target, markUsed: true);
                    break;
                default:
                    BindCommonClause(clause, construct);
                    break;
            }
        }
    }

    private void BindCmoc(CmocDeclarationSyntax syntax, CmocSymbol cmoc)
    {
        var contexts = _scratch.Contexts;
        var mechanisms = _scratch.Mechanisms;
        var outcomes = _scratch.Outcomes;
        var inline = syntax.InlineForm;
        if (inline is not null)
        {
            BindTerms(inline.Contexts, TermRole.Context, contexts);
            BindTerms(inline.Mechanisms, TermRole.Mechanism, mechanisms);
        }

        foreach (var clause in syntax.Clauses)
        {
            if (clause is MechanismClauseSyntax mechanism)
                BindTerms(mechanism.Terms, TermRole.Mechanism, mechanisms);
        }

        if (inline is not null)
            BindTerms(inline.Outcomes, TermRole.Outcome, outcomes);

        var pairings = _scratch.Pairings;
        var contextAlternatives = _scratch.ContextAlternatives;
        var outcomeAlternatives = _scratch.OutcomeAlternatives;
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case ContextClauseSyntax context:
                    var terms = BindTerms(context.Terms, TermRole.Context);
                    contexts.AddRange(terms);
                    if (context.Combination?.IsAnyOf == true && terms.Length > 1)
                        contextAlternatives.Add(terms);
                    if (context.FatArrowToken is not null)
                        pairings.Add(new ContextPairing(terms, [.. BindTerms(context.PairedMechanisms, TermRole.Mechanism).Select(m => MechanismFor(m, mechanisms))]));
                    break;
                case OutcomeClauseSyntax outcome:
                    var outcomeTerms = BindTerms(outcome.Terms, TermRole.Outcome);
                    outcomes.AddRange(outcomeTerms);
                    if (outcome.Combination?.IsAnyOf == true && outcomeTerms.Length > 1)
                        outcomeAlternatives.Add(outcomeTerms);
                    break;

                case ResourceClauseSyntax resource:
                    if (resource.Text is { IsMissing: false } text)
                        cmoc.ResourceText = text.ValueText;
                    BindTerms(resource.Terms, TermRole.Mechanism, mechanisms);
                    break;
                case ReasoningClauseSyntax reasoning:
                    BindTerms(reasoning.Terms, TermRole.Mechanism, mechanisms);
                    break;
            }
        }

        cmoc.Contexts = ScratchBuilders.Take(contexts);
        cmoc.Mechanisms = ScratchBuilders.Take(mechanisms);
        cmoc.Pairings = ScratchBuilders.Take(pairings);
        cmoc.Outcomes = ScratchBuilders.Take(outcomes);
        cmoc.ContextAlternatives = ScratchBuilders.Take(contextAlternatives);
        cmoc.OutcomeAlternatives = ScratchBuilders.Take(outcomeAlternatives);
        BindClaimClauses(syntax.Clauses, cmoc);

        // A typology's type as a context scopes the claim to it, as `for` does.
        if (cmoc.Contexts.Any(c => c.Type is not null))
            cmoc.Scope = [.. cmoc.Scope.Concat(cmoc.Contexts.Select(c => c.Type).OfType<TypeSymbol>()).Distinct()];
    }

    /// <summary>
    /// A mechanism a pairing names (`context A => M1`) is the CMOC's mechanism of that construct when
    /// it has one (written as there, or with no direction); otherwise the pairing adds it.
    /// </summary>
    private static Term MechanismFor(Term paired, ImmutableArray<Term>.Builder mechanisms)
    {
        foreach (var mechanism in mechanisms)
            if (mechanism.Construct is not null && mechanism.Construct == paired.Construct && (paired.Qualifier == Qualifier.None || paired.Qualifier == mechanism.Qualifier))
                return mechanism;
        mechanisms.Add(paired);
        return paired;
    }

    private void BindLink(LinkDeclarationSyntax syntax, LinkSymbol link)
    {
        if (syntax.Source is { } source)
        {
            link.SourceGroup = ResolveGroupEndpoint(source);
            if (link.SourceGroup is null)
                link.Source = BindTerm(source, TermRole.LinkSource, allowGroup: true);
        }

        var targets = ImmutableArray.CreateBuilder<Term>();
        var groups = ImmutableArray.CreateBuilder<GroupSymbol?>();
        foreach (var target in syntax.Targets)
        {
            var group = ResolveGroupEndpoint(target);
            groups.Add(group);
            if (group is null)
                targets.Add(BindTerm(target, TermRole.LinkTarget, allowGroup: true));
        }

        link.Targets = targets.ToImmutable();
        link.TargetGroups = groups.ToImmutable();
        BindClaimClauses(syntax.Clauses, link);
    }

    /// <summary>A link endpoint names a group when no construct has that name and a group does.</summary>
    private GroupSymbol? ResolveGroupEndpoint(TermSyntax term)
    {
        if (term.Name is not { } name || _constructs.ContainsKey(name.Text) || !_groups.TryGetValue(name.Text, out var group))
            return null;
        _referenced[name] = group;
        return group;
    }

    private void BindClaimClauses(IEnumerable<SyntaxNode> clauses, ClaimSymbol claim)
    {
        var conditions = _scratch.Conditions;
        var scope = _scratch.Scope;
        var evidence = _scratch.Evidence;
        var moderators = _scratch.Moderators;
        var defaults = DefaultEvidenceFor(claim.Declaration);
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case ConditionClauseSyntax condition:
                    foreach (var term in condition.Terms)
                        if (term.Name is { Text.Length: > 0 })
                            conditions.Add(new Condition(condition.IsUnless, BindTerm(term, TermRole.Condition)));
                    break;
                case ScopeClauseSyntax scopeClause:
                    foreach (var name in scopeClause.Types)
                        if (ResolveType(name) is { } type)
                            scope.Add(type);
                    break;
                case StageClauseSyntax stage when stage.Stage is { IsMissing: false } token:
                    claim.Stage = ResolveStage(token);
                    break;
                case EvidenceClauseSyntax evidenceClause:
                    evidence.AddRange(BindEvidence(evidenceClause, defaults));
                    break;
                case StatusClauseSyntax status when status.Value is { IsMissing: false } value:
                    claim.Status = Validate(Vocabulary.Statuses, value) ?? ClaimStatus.Unspecified;
                    break;
                case ProvenanceClauseSyntax provenance when provenance.Value is { IsMissing: false } value:
                    claim.Provenance = Validate(Vocabulary.Provenances, value) ?? Provenance.Unspecified;
                    break;
                case ConfidenceClauseSyntax confidence when confidence.Value is { IsMissing: false } value:
                    claim.Confidence = BindConfidence(value);
                    break;
                case ModeratorClauseSyntax moderator when moderator.Moderator is { } term:
                    var effect = moderator.Effect?.Kind switch
                    {
                        SyntaxKind.DampensKeyword => ModeratorEffect.Dampens,
                        SyntaxKind.AmplifiesKeyword => ModeratorEffect.Amplifies,
                        _ => ModeratorEffect.Unspecified,
                    };
                    moderators.Add(BindModerator(moderator, BindTerm(term, TermRole.Moderator), effect, defaults));
                    break;
                default:
                    BindCommonClause(clause, claim);
                    break;
            }
        }

        claim.Conditions = ScratchBuilders.Take(conditions);
        claim.Scope = ScratchBuilders.TakeDistinct(scope);
        // A claim that names no evidence of its own is supported by the default evidence.
        if (evidence.Count == 0 && !defaults.IsDefaultOrEmpty)
            evidence.AddRange(defaults.Select(d => d.AsDefault(d.Syntax, d.Locator, d.Quote)));
        claim.Evidence = ScratchBuilders.Take(evidence);
        claim.Moderators = ScratchBuilders.Take(moderators);
    }

    private Moderator BindModerator(ModeratorClauseSyntax syntax, Term term, ModeratorEffect effect, ImmutableArray<EvidenceItem> defaults)
    {
        var mechanisms = ImmutableArray.CreateBuilder<Term>();
        var evidence = ImmutableArray.CreateBuilder<EvidenceItem>();
        string? description = null;
        foreach (var clause in syntax.Body?.Members ?? [])
        {
            switch (clause)
            {
                case MechanismClauseSyntax mechanism:
                    mechanisms.AddRange(BindTerms(mechanism.Terms, TermRole.Mechanism));
                    break;
                case EvidenceClauseSyntax evidenceClause:
                    evidence.AddRange(BindEvidence(evidenceClause, defaults));
                    break;
                case DescriptionClauseSyntax { Value: { IsMissing: false } value }:
                    description = value.ValueText;
                    break;
            }
        }

        return new Moderator(term, effect) { Mechanisms = mechanisms.ToImmutable(), Evidence = evidence.ToImmutable(), Description = description };
    }

    /// <summary>
    /// The default evidence in force at a declaration: that of the innermost group that declares
    /// some, else that of its file. Default (not empty) when none applies.
    /// </summary>
    private ImmutableArray<EvidenceItem> DefaultEvidenceFor(SyntaxNode? declaration)
    {
        for (var node = declaration?.Parent; node is not null; node = node.Parent)
        {
            if (node is not (GroupBodySyntax or CompilationUnitSyntax))
                continue;
            var defaults = DefaultEvidenceDeclaredIn(node);
            if (!defaults.IsDefault)
                return defaults;
        }

        return default;
    }

    /// <summary>The evidence the `default evidence` declarations directly inside a file or group name (bound once), or default when there are none.</summary>
    private ImmutableArray<EvidenceItem> DefaultEvidenceDeclaredIn(SyntaxNode container)
    {
        var (items, firstCitation) = _defaultEvidence.Get(container, this);
        // Met here: the first citation of this binder's run, if it had met none before.
        _firstCitation ??= firstCitation;
        return items;
    }

    private string? BindConfidence(SyntaxToken value)
    {
        var valid = value.Kind == SyntaxKind.NumberToken
            ? double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 1
            : ConfidenceWords.Contains(value.Text, StringComparer.Ordinal);
        if (valid)
            return value.Text;
        _diagnostics.ReportInvalidValue(value.GetLocation()!, "confidence", value.Text, "a number from 0 to 1, or high, moderate or low");
        return null;
    }

    /// <summary>The value a word of a vocabulary stands for, or null (reported, with the nearest word) when it is not one.</summary>
    private T? Validate<T>(Vocabulary<T> vocabulary, SyntaxToken value) where T : struct, Enum
    {
        if (vocabulary.TryGetValue(value.Text, out var found))
            return found;
        _diagnostics.ReportInvalidChoice(value.GetLocation()!, vocabulary.What, value.Text, vocabulary.Keywords);
        return null;
    }

    private void BindChain(ChainDeclarationSyntax syntax, ChainSymbol chain)
    {
        var steps = ImmutableArray.CreateBuilder<CmocSymbol?>();
        foreach (var step in syntax.Steps)
        {
            if (step.Text.Length == 0)
                continue;
            if (_cmocs.TryGetValue(step.Text, out var cmoc))
            {
                _referenced[step] = cmoc;
                steps.Add(cmoc);
                continue;
            }

            _diagnostics.ReportUndefinedCmoc(step.GetLocation()!, step.Text, _cmocs.Keys);
            steps.Add(null);
        }

        chain.Steps = steps.ToImmutable();
        foreach (var clause in syntax.ChildNodes())
            BindCommonClause(clause, chain);
    }

    private void BindFeedback(FeedbackDeclarationSyntax syntax, FeedbackLoopSymbol loop)
    {
        var paths = ImmutableArray.CreateBuilder<ImmutableArray<ConstructSymbol>>();
        var pathSyntax = ImmutableArray.CreateBuilder<PathListSyntax>();
        foreach (var path in syntax.Loops)
        {
            var constructs = path.Steps.Select(step => ResolveConstruct(step, markUsed: true)).ToList();
            if (constructs.Count == 0 || constructs.Any(c => c is null))
                continue;
            // `loop a -> b` and `loop a -> b -> a` mean the same loop: close it if the author did not.
            if (constructs[^1] != constructs[0])
                constructs.Add(constructs[0]);
            paths.Add([.. constructs!]);
            pathSyntax.Add(path);
        }

        loop.Paths = paths.ToImmutable();
        loop.PathSyntax = pathSyntax.ToImmutable();
        var evidence = ImmutableArray.CreateBuilder<EvidenceItem>();
        foreach (var clause in syntax.Body?.Members ?? [])
        {
            switch (clause)
            {
                case PolarityClauseSyntax polarity when polarity.Value is { IsMissing: false } value:
                    loop.DeclaredPolarity = Validate(Vocabulary.Polarities, value) ?? Polarity.Unspecified;
                    break;
                case EvidenceClauseSyntax evidenceClause:
                    evidence.AddRange(BindEvidence(evidenceClause));
                    break;
                default:
                    BindCommonClause(clause, loop);
                    break;
            }
        }

        loop.Evidence = evidence.ToImmutable();
    }

    private void BindMeasure(MeasureDeclarationSyntax syntax, MeasureSymbol measure)
    {
        foreach (var clause in syntax.Clauses)
        {
            switch (clause)
            {
                case ScaleClauseSyntax scale:
                    measure.Scale = scale.Value is { IsMissing: false } value ? value.Text : null;
                    break;
                case IndicatesClauseSyntax indicates when indicates.Target is { } target:
                    measure.Indicates = ResolveConstruct(target, markUsed: true);
                    break;
                case ReverseClauseSyntax:
                    measure.IsReversed = true;
                    break;
                default:
                    BindCommonClause(clause, measure);
                    break;
            }
        }
    }
}
