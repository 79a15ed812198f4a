using Theory.Model;
using Theory.Semantics;
using Theory.Symbols;
using ModelSign = Theory.Model.Sign;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// The Theory.Model a compilation should turn into, stated independently of the C# emitter, so a
/// round trip (emit, compile, load) can be compared with it by value.
/// </summary>
internal static class ExpectedModel
{
    public static TheoryModel From(Compilation compilation, string name, bool isValid = true) => new(
        name,
        compilation.Theory?.Title ?? compilation.Theory?.Label,
        compilation.Theory?.Description,
        new ValueList<Construct>(compilation.Constructs.Select(c => new Construct(
            c.Name, c.Label, c.Description, Enum.Parse<Model.ConstructKind>(c.ConstructKind.ToString()),
            new ValueList<string>(c.Aliases), c.Group?.Name, c.Specialises?.Name))),
        new ValueList<Cmoc>(compilation.Cmocs.Select(c => new Cmoc(
            c.Name, c.Label, c.Description, Terms(c.Contexts), Terms(c.Mechanisms), c.ResourceText, Terms(c.Outcomes),
            new ValueList<string>(c.Conditions.Select(x => x.ToString())), new ValueList<string>(c.Scope.Select(t => t.QualifiedName)),
            c.Stage?.Name, c.Group?.Name, Enum.Parse<Model.ClaimStatus>(c.Status.ToString()), c.Confidence, Evidence(c.Evidence))
        {
            ContextAlternatives = Alternatives(c.ContextAlternatives),
            OutcomeAlternatives = Alternatives(c.OutcomeAlternatives),
            Pairings = new ValueList<Pairing>(c.Pairings.Select(p => new Pairing(Names(p.Contexts), Names(p.Mechanisms)))),
        })),
        new ValueList<Link>(compilation.Web.Edges.Select(e => new Link(
            e.From.Name, e.To.Name, Enum.Parse<ModelSign>(e.Sign.ToString()),
            new ValueList<string>(e.Claims.Select(c => c.Claim.Name).Distinct()), e.IsConditional))),
        new ValueList<FeedbackLoop>(compilation.FeedbackLoops.Select(l => new FeedbackLoop(
            l.Name, l.Label, l.Description,
            new ValueList<ValueList<string>>(l.Paths.Select(p => new ValueList<string>(p.Select(c => c.Name)))),
            Enum.Parse<Model.Polarity>(l.DeclaredPolarity.ToString()), Enum.Parse<Model.Polarity>(l.ComputedPolarity.ToString()),
            Evidence(l.Evidence)))),
        new ValueList<Measure>(compilation.Measures.Select(m => new Measure(m.Name, m.Label, m.Description, m.Scale, m.Indicates?.Name, m.IsReversed))),
        isValid);

    private static ValueList<Model.Term> Terms(IEnumerable<Symbols.Term> terms) =>
        new(terms.Select(t => new Model.Term(t.Construct?.Name ?? t.WrittenName, Enum.Parse<Model.Qualifier>(t.Qualifier.ToString()), Enum.Parse<Model.FactorRole>(t.FactorRole.ToString()))));

    private static ValueList<Evidence> Evidence(IEnumerable<EvidenceItem> items) =>
        new(items.Select(e => new Evidence(Enum.Parse<Model.EvidenceKind>(e.EvidenceKind.ToString()), e.Key, e.Locator, e.Quote) { FromDefault = e.FromDefault }));

    private static ValueList<ValueList<string>> Alternatives(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<Symbols.Term>> groups) =>
        new(groups.Select(g => Names(g)));

    private static ValueList<string> Names(IEnumerable<Symbols.Term> terms) => new(terms.Select(t => t.Construct?.Name ?? t.WrittenName));
}
