using System.Collections.Immutable;
using Theory.Bibliography;
using Theory.Diagnostics;
using Theory.Symbols;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Binding;

/// <summary>
/// Turns syntax trees into symbols in two passes: first every declaration is entered in its
/// table (so order and file never matter), then every clause is bound against the tables.
/// The causal web is built last, from the bound claims.
/// </summary>
internal sealed partial class Binder
{
    // What binding a member writes: each binder that binds members has its own (see BindMembers).
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<SyntaxNode, Symbol> _referenced = new(SyntaxNodeIdentityComparer.Instance);
    private readonly HashSet<ConstructSymbol> _used = [];
    private readonly HashSet<string> _citedKeys = new(StringComparer.Ordinal);
    private readonly ScratchBuilders _scratch = new();
    private readonly List<string> _scratchNames = [];
    private Location? _firstCitation;

    // The declarations, entered in pass 1 and only read in pass 2, shared by every binder of members.
    private readonly Dictionary<SyntaxNode, Symbol> _declared;
    private readonly Dictionary<string, ConstructSymbol> _constructs;
    private readonly Dictionary<string, ConstructSymbol> _constructsByNormalisedName;
    private readonly Dictionary<string, ConstructSymbol> _constructsByAlias;
    private readonly Dictionary<string, ConstructSymbol?> _constructsByLabel;
    private readonly Dictionary<string, CmocSymbol> _cmocs;
    private readonly Dictionary<string, GroupSymbol> _groups;
    private readonly Dictionary<string, StageSymbol> _stages;
    private readonly Dictionary<string, TypologySymbol> _typologies;
    private readonly Dictionary<string, Symbol> _otherNames;
    private readonly Dictionary<string, SourceSymbol> _sources;

    private readonly List<ConstructSymbol> _constructList;
    private readonly List<CmocSymbol> _cmocList;
    private readonly List<LinkSymbol> _linkList;
    private readonly List<GroupSymbol> _groupList;
    private readonly List<StageSymbol> _stageList;
    private readonly List<TypologySymbol> _typologyList;
    private readonly List<ChainSymbol> _chainList;
    private readonly List<FeedbackLoopSymbol> _loopList;
    private readonly List<MeasureSymbol> _measureList;
    private readonly List<SourceSymbol> _sourceList;
    private readonly DefaultEvidenceMemo _defaultEvidence;
    private readonly bool _hasBibliography;
    private TheorySymbol? _theory;

    private Binder(IReadOnlyList<BibliographyFile> bibliographies)
    {
        _declared = new(SyntaxNodeIdentityComparer.Instance);
        _constructs = new(NameComparer.Instance);
        _constructsByNormalisedName = new(StringComparer.Ordinal);
        _constructsByAlias = new(NameComparer.Instance);
        _constructsByLabel = new(StringComparer.Ordinal);
        _cmocs = new(NameComparer.Instance);
        _groups = new(NameComparer.Instance);
        _stages = new(NameComparer.Instance);
        _typologies = new(NameComparer.Instance);
        _otherNames = new(NameComparer.Instance);
        _sources = new(StringComparer.Ordinal);
        (_constructList, _cmocList, _linkList, _groupList, _stageList) = ([], [], [], [], []);
        (_typologyList, _chainList, _loopList, _measureList, _sourceList) = ([], [], [], [], []);
        _defaultEvidence = new DefaultEvidenceMemo();
        _hasBibliography = bibliographies.Count > 0;
        foreach (var file in bibliographies)
            foreach (var entry in file.Entries)
                if (_sources.TryAdd(entry.Name, entry))
                    _sourceList.Add(entry);
        var atemporal = new StageSymbol(StageSymbol.AtemporalName, null, -1);
        _stages.Add(atemporal.Name, atemporal);
    }

    /// <summary>A binder of members that reads <paramref name="declared"/>'s declarations and writes its own findings.</summary>
    private Binder(Binder declared)
    {
        _declared = declared._declared;
        _constructs = declared._constructs;
        _constructsByNormalisedName = declared._constructsByNormalisedName;
        _constructsByAlias = declared._constructsByAlias;
        _constructsByLabel = declared._constructsByLabel;
        _cmocs = declared._cmocs;
        _groups = declared._groups;
        _stages = declared._stages;
        _typologies = declared._typologies;
        _otherNames = declared._otherNames;
        _sources = declared._sources;
        (_constructList, _cmocList, _linkList, _groupList, _stageList) = (declared._constructList, declared._cmocList, declared._linkList, declared._groupList, declared._stageList);
        (_typologyList, _chainList, _loopList, _measureList, _sourceList) = (declared._typologyList, declared._chainList, declared._loopList, declared._measureList, declared._sourceList);
        _defaultEvidence = declared._defaultEvidence;
        _hasBibliography = declared._hasBibliography;
        _theory = declared._theory;
    }

    /// <param name="trees">The theory's files.</param>
    /// <param name="bibliographies">Its bibliographies.</param>
    /// <param name="runs">How many binders bind the declarations at the same time (see
    /// <see cref="BindMembers"/>); by default one per core for a large theory. The result is the
    /// same whatever the number: the tests compare them.</param>
    public static BindingResult Bind(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<BibliographyFile> bibliographies, int? runs = null)
    {
        var binder = new Binder(bibliographies);
        var members = new List<(SyntaxNode Node, GroupSymbol? Group)>();
        foreach (var tree in trees)
            binder.DeclareMembers(tree.Root.Declarations, null, members);
        binder.DeclareAliases();
        binder.BindMembers(members, runs ?? Math.Min(Environment.ProcessorCount, members.Count / MembersPerParallelBinder));
        binder.ReportUncheckableCitations();
        binder.MarkGroupEndpointsUsed();
        var web = WebBuilder.Build([.. binder._constructList], binder._cmocList, binder._linkList, binder._diagnostics);
        foreach (var loop in binder._loopList)
            loop.ComputedPolarity = LoopPolarity.Of(loop, web);

        return new BindingResult(
            binder._theory,
            [.. binder._constructList], [.. binder._cmocList], [.. binder._linkList], [.. binder._groupList],
            [.. binder._stageList.Prepend(binder._stages[StageSymbol.AtemporalName])], [.. binder._typologyList],
            [.. binder._chainList], [.. binder._loopList], [.. binder._measureList], [.. binder._sourceList],
            web, binder._declared, binder._referenced, binder._used, binder._citedKeys, binder.LookupConstruct,
            binder._diagnostics.ToImmutableSorted());
    }

    // Each run binds at least this many declarations, so a theory needs twice as many to be bound
    // in runs at all: a small one (an editor's every keystroke) gains nothing from threads.
    private const int MembersPerParallelBinder = 2048;

    /// <summary>
    /// Pass 2. Each declaration's clauses are bound against the tables alone, and write only their
    /// own symbol and the binder's findings, so a large theory's declarations are bound in
    /// consecutive runs, one binder per core, and the findings joined in the runs' order: the
    /// result is the one a single binder gives. Default evidence is bound before, once for all
    /// (<see cref="DefaultEvidenceMemo"/>).
    /// </summary>
    private void BindMembers(List<(SyntaxNode Node, GroupSymbol? Group)> members, int runs)
    {
        runs = Math.Min(runs, members.Count);
        if (runs < 2)
        {
            foreach (var (node, group) in members)
                BindMember(node, group);
            return;
        }

        // Made here, once, rather than by two threads at the same time (spelling suggestions are
        // indexed by the candidate collection they are given), and then only read.
        _ = (_constructs.Keys, _cmocs.Keys, _sources.Keys);
        _defaultEvidence.Prepare(members, this);
        var binders = new Binder[runs];
        try
        {
            Parallel.For(0, runs, run =>
            {
                var binder = binders[run] = new Binder(this);
                var (from, to) = ((int)((long)members.Count * run / runs), (int)((long)members.Count * (run + 1) / runs));
                for (var i = from; i < to; i++)
                    binder.BindMember(members[i].Node, members[i].Group);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // A failure surfaces as itself, as when one binder bound everything.
            ParallelFailure.ThrowSingle(e);
        }

        foreach (var binder in binders)
        {
            _diagnostics.AddRange(binder._diagnostics);
            foreach (var pair in binder._referenced)
                _referenced[pair.Key] = pair.Value;
            _used.UnionWith(binder._used);
            _citedKeys.UnionWith(binder._citedKeys);
        }

        // The first citation a single binder would have met: the first run's that met one.
        _firstCitation ??= binders.Select(b => b._firstCitation).FirstOrDefault(l => l is not null);
    }

    /// <summary>
    /// A link between groups (`first_domains -> knock_on_domains`) is a claim about their members as
    /// a whole: it does not enter the construct web, but it does use every construct in the groups.
    /// </summary>
    private void MarkGroupEndpointsUsed()
    {
        foreach (var link in _linkList)
        {
            var groups = link.TargetGroups.OfType<GroupSymbol>();
            if (link.SourceGroup is { } source)
                groups = groups.Prepend(source);
            foreach (var construct in groups.SelectMany(g => g.AllConstructs()))
                _used.Add(construct);
        }
    }

    // ---- pass 1: declarations ----------------------------------------------------------------

    private void DeclareMembers(IEnumerable<SyntaxNode> declarations, GroupSymbol? group, List<(SyntaxNode, GroupSymbol?)> members)
    {
        var groupMembers = new List<Symbol>();
        foreach (var node in declarations)
        {
            var symbol = Declare(node, group, members);
            if (symbol is not null)
                groupMembers.Add(symbol);
            else if (node is NoteClauseSyntax note && group is not null && note.Value is { IsMissing: false } value)
                group.Notes = group.Notes.Add(value.ValueText);
        }

        if (group is not null)
            group.Members = [.. groupMembers];
    }

    private Symbol? Declare(SyntaxNode node, GroupSymbol? group, List<(SyntaxNode, GroupSymbol?)> members)
    {
        switch (node)
        {
            case TheoryDeclarationSyntax theory:
                if (theory.Name.Length == 0)
                    return null;
                if (_theory is not null)
                {
                    ReportDuplicate("theory header", theory, _theory);
                    return null;
                }

                _theory = new TheorySymbol(theory.Name, theory);
                Enter(theory, _theory);
                members.Add((node, group));
                return null;

            case StagesDeclarationSyntax stages:
                foreach (var token in stages.Stages.Where(t => !t.IsMissing))
                {
                    if (_stages.TryGetValue(token.ValueText, out var existing))
                    {
                        ReportDuplicate("stage", token, existing);
                        continue;
                    }

                    var stage = new StageSymbol(token.ValueText, stages, _stageList.Count) { Location = token.GetLocation() };
                    _stages.Add(stage.Name, stage);
                    _stageList.Add(stage);
                }

                return null;

            case TypologyDeclarationSyntax typology:
                return DeclareTypology(typology);

            case ConstructDeclarationSyntax construct:
                return DeclareIn(construct, _constructs, _constructList, "construct", () => new ConstructSymbol(construct.Name, construct) { Group = group, Index = _constructList.Count }, members, group);

            case CmocDeclarationSyntax cmoc:
                return DeclareIn(cmoc, _cmocs, _cmocList, "CMOC", () => new CmocSymbol(cmoc.Name, cmoc) { Group = group }, members, group);

            case GroupDeclarationSyntax groupSyntax:
            {
                var symbol = DeclareIn(groupSyntax, _groups, _groupList, "group",
                    () => new GroupSymbol(groupSyntax.Name, groupSyntax, GroupKindOf(groupSyntax)) { Parent = group }, members, group);
                // A group that could not be declared (no name, or a duplicate) still has members;
                // they belong to the enclosing group, so every symbol's Group is one the compilation lists.
                DeclareMembers(groupSyntax.Members, symbol ?? group, members);
                if (symbol is not null)
                    BindGroupClauses(groupSyntax, symbol);
                return symbol;
            }

            case ChainDeclarationSyntax chain:
                return DeclareOther(chain, "chain", () => { var s = new ChainSymbol(chain.Name, chain) { Group = group }; _chainList.Add(s); return s; }, members, group);

            case FeedbackDeclarationSyntax loop:
                return DeclareOther(loop, "feedback loop", () => { var s = new FeedbackLoopSymbol(loop.Name, loop) { Group = group }; _loopList.Add(s); return s; }, members, group);

            case MeasureDeclarationSyntax measure:
                return DeclareOther(measure, "measure", () => { var s = new MeasureSymbol(measure.Name, measure) { Group = group }; _measureList.Add(s); return s; }, members, group);

            case DefaultEvidenceDeclarationSyntax:
                members.Add((node, group));
                return null;

            case LinkDeclarationSyntax link:
                return DeclareLink(link, group, members);

            default:
                return null;
        }
    }

    private T? DeclareIn<T>(NamedDeclarationSyntax syntax, Dictionary<string, T> table, List<T> list, string noun, Func<T> create,
        List<(SyntaxNode, GroupSymbol?)> members, GroupSymbol? group)
        where T : Symbol
    {
        if (syntax.Name.Length == 0)
            return null;
        if (table.TryGetValue(syntax.Name, out var existing))
        {
            ReportDuplicate(noun, syntax, existing);
            return null;
        }

        var symbol = create();
        table.Add(symbol.Name, symbol);
        list.Add(symbol);
        Enter(syntax, symbol);
        members.Add((syntax, group));
        return symbol;
    }

    // Chains, loops and measures share one name space: `theory query` and the emitters name them alike.
    private Symbol? DeclareOther(NamedDeclarationSyntax syntax, string noun, Func<Symbol> create, List<(SyntaxNode, GroupSymbol?)> members, GroupSymbol? group)
    {
        if (syntax.Name.Length == 0)
            return null;
        if (_otherNames.TryGetValue(syntax.Name, out var existing))
        {
            ReportDuplicate(noun, syntax, existing);
            return null;
        }

        var symbol = create();
        _otherNames.Add(symbol.Name, symbol);
        Enter(syntax, symbol);
        members.Add((syntax, group));
        return symbol;
    }

    private LinkSymbol? DeclareLink(LinkDeclarationSyntax link, GroupSymbol? group, List<(SyntaxNode, GroupSymbol?)> members)
    {
        if (link.Source?.Name is not { } source || source.Text.Length == 0)
            return null;
        var isNamed = link.Identifier is { IsMissing: false };
        var name = isNamed ? link.Identifier!.ValueText : source.Text + "->" + string.Join(",", link.Targets.Select(t => t.Name?.Text ?? ""));
        if (isNamed && _otherNames.TryGetValue(name, out var existing))
        {
            ReportDuplicate("link", link.Identifier!, existing);
            return null;
        }

        var symbol = new LinkSymbol(name, link, isNamed) { Group = group };
        if (isNamed)
            _otherNames.Add(name, symbol);
        _linkList.Add(symbol);
        _declared[link] = symbol;
        symbol.Location = (isNamed ? link.Identifier : link.Keyword)?.GetLocation();
        symbol.Label = link.Label?.ValueText;
        members.Add((link, group));
        return symbol;
    }

    private TypologySymbol? DeclareTypology(TypologyDeclarationSyntax syntax)
    {
        if (syntax.Name.Length == 0)
            return null;
        if (_typologies.TryGetValue(syntax.Name, out var existing))
        {
            ReportDuplicate("typology", syntax, existing);
            return null;
        }

        var typology = new TypologySymbol(syntax.Name, syntax);
        _typologies.Add(typology.Name, typology);
        _typologyList.Add(typology);
        Enter(syntax, typology);
        var types = new List<TypeSymbol>();
        foreach (var typeSyntax in syntax.Types.Where(t => t.Name.Length > 0))
        {
            var duplicate = types.FirstOrDefault(t => t.Name == typeSyntax.Name);
            if (duplicate is not null)
            {
                ReportDuplicate("type", typeSyntax, duplicate);
                continue;
            }

            var type = new TypeSymbol(typeSyntax.Name, typeSyntax, typology)
            {
                Attributes = [.. typeSyntax.Attributes
                    .Where(a => a.Identifier is { IsMissing: false })
                    .Select(a => new KeyValuePair<string, string>(a.Identifier!.ValueText, AttributeValueText(a.Value)))],
            };
            Enter(typeSyntax, type);
            types.Add(type);
        }

        typology.Types = [.. types];
        foreach (var clause in syntax.ChildNodes())
            BindCommonClause(clause, typology);
        return typology;
    }

    private static string AttributeValueText(SyntaxElement? value) => value switch
    {
        SyntaxToken token => token.ValueText,
        QualifiedNameSyntax name => name.Text,
        SyntaxNode node => string.Concat(node.DescendantTokens().Select(t => t.ValueText)),
        _ => "",
    };

    private void Enter(NamedDeclarationSyntax syntax, Symbol symbol)
    {
        _declared[syntax] = symbol;
        symbol.Location = syntax.Identifier?.GetLocation();
        if (syntax.Label is { IsMissing: false } label)
            symbol.Label = label.ValueText;
    }

    private static GroupKind GroupKindOf(GroupDeclarationSyntax syntax) =>
        Vocabulary.FromToken(Vocabulary.GroupKinds, syntax.GroupKeyword) ?? GroupKind.MiddleRangeTheory;

    private void ReportDuplicate(string noun, NamedDeclarationSyntax syntax, Symbol existing) =>
        ReportDuplicate(noun, syntax.Identifier ?? syntax.FirstToken!, existing);

    private void ReportDuplicate(string noun, SyntaxToken identifier, Symbol existing)
    {
        if (identifier.GetLocation() is not { } location)
            return;
        var related = existing.Location is { } first ? ImmutableArray.Create(new RelatedLocation(first, "first declared here")) : [];
        _diagnostics.ReportDuplicateDeclaration(location, noun, identifier.Text, related);
    }

    /// <summary>
    /// Aliases and labels are alternative ways to refer to a construct. An alias must be
    /// unambiguous; a label is used only when no other construct's label normalises the same way.
    /// </summary>
    private void DeclareAliases()
    {
        foreach (var construct in _constructList)
            _constructsByNormalisedName.TryAdd(NameNormaliser.Normalise(construct.Name), construct);

        foreach (var construct in _constructList)
        {
            var syntax = (ConstructDeclarationSyntax)construct.Declaration!;
            var aliases = _scratchNames;
            foreach (var clause in syntax.Clauses)
            {
                if (clause is not AliasesClauseSyntax aliasesClause)
                    continue;
                foreach (var token in aliasesClause.Aliases)
                {
                    if (token.IsMissing)
                        continue;
                    var alias = token.ValueText;
                    var key = NameNormaliser.Normalise(alias);
                    aliases.Add(alias);
                    if (key.Length == 0)
                        continue;
                    if ((_constructs.TryGetValue(alias, out var named) || _constructsByNormalisedName.TryGetValue(key, out named)) && named != construct)
                    {
                        _diagnostics.ReportAliasIsConstructName(token.GetLocation()!, alias, construct.Name, named.Name, Related(named, "the other construct"));
                        continue;
                    }

                    if (_constructsByAlias.TryGetValue(key, out var owner) && owner != construct)
                    {
                        _diagnostics.ReportAliasClaimedTwice(token.GetLocation()!, alias, owner.Name, construct.Name, Related(owner, "the other construct"));
                        continue;
                    }

                    _constructsByAlias[key] = construct;
                }
            }

            construct.Aliases = [.. aliases];
            aliases.Clear();
            if (construct.Label is { } label && NameNormaliser.Normalise(label) is { Length: > 0 } labelKey)
                _constructsByLabel[labelKey] = _constructsByLabel.ContainsKey(labelKey) ? null : construct;
        }
    }

    private static ImmutableArray<RelatedLocation> Related(Symbol symbol, string message) =>
        symbol.Location is { } location ? [new RelatedLocation(location, message)] : [];

    private void ReportUncheckableCitations()
    {
        if (!_hasBibliography && _firstCitation is not null)
            _diagnostics.ReportNoBibliography(_firstCitation);
    }
}
