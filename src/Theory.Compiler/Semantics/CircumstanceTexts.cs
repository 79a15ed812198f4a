using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Semantics;

/// <summary>
/// The circumstances texts of one claim's edge claims (<see cref="EdgeClaim.Circumstances"/>): its
/// conditions, scope and stage, and the contexts beside the edge's source, sorted and each once.
/// An edge from a context leaves that context out, so a claim has one text per context and one
/// with every context. Made when first asked, and kept: a check asks only of edges with several
/// claims, and a CMOC's edges grow with the product of its lists, so each text is made once per
/// context, never once per edge (one CMOC with 400 contexts and 400 mechanisms once took 3 GB).
/// </summary>
internal sealed class CircumstanceTexts
{
    /// <summary>The index that leaves no context out.</summary>
    public const int EveryContext = -1;

    private readonly ClaimSymbol _claim;
    private readonly ImmutableArray<Term> _contexts;
    private readonly string?[] _texts;

    public CircumstanceTexts(ClaimSymbol claim, ImmutableArray<Term> contexts)
    {
        _claim = claim;
        _contexts = contexts;
        _texts = new string?[contexts.Length + 1];
    }

    /// <summary>
    /// The text for an edge from context <paramref name="left"/> (<see cref="EveryContext"/>: none
    /// is left out). Checks ask from several threads; they may each make it, and the texts are equal.
    /// </summary>
    public string Without(int left) => _texts[left + 1] ??= Make(left);

    private string Make(int left)
    {
        // Most claims have one or two parts; a list and one sort beat a LINQ pipeline.
        var parts = new List<string>();
        foreach (var condition in _claim.Conditions)
            parts.Add(condition.ToString());
        foreach (var type in _claim.Scope)
            parts.Add("for " + type.QualifiedName);
        for (var i = 0; i < _contexts.Length; i++)
            if (i != left)
                parts.Add("context " + _contexts[i]);
        if (_claim.Stage is { IsAtemporal: false } stage)
            parts.Add("stage " + stage.Name);
        if (parts.Count == 0)
            return "";
        if (parts.Count == 1)
            return parts[0];
        parts.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(parts.Count) { parts[0] };
        for (var i = 1; i < parts.Count; i++)
            if (!string.Equals(parts[i], parts[i - 1], StringComparison.Ordinal))
                distinct.Add(parts[i]);
        return string.Join("; ", distinct);
    }
}
