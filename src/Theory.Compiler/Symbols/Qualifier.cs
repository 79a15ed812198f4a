using Theory.Syntax;

namespace Theory.Symbols;

/// <summary>The level of a context or the direction of a mechanism or outcome, as written.</summary>
public enum Qualifier
{
    None,
    High,
    Low,
    Present,
    Absent,
    Appropriate,
    Increased,
    Decreased,
    Changed,

    /// <summary>`threshold`: a level reached (`once trust reaches a threshold`); more is toward it, so its sign is +.</summary>
    Threshold,

    /// <summary>`maintained`: kept from falling. It says no change, so it gives an edge no sign; a claim that the same thing falls contradicts it.</summary>
    Maintained,
}

internal static class QualifierFacts
{
    public static Qualifier FromToken(SyntaxToken? token) => Vocabulary.FromToken(Vocabulary.Qualifiers, token) ?? Qualifier.None;

    public static bool IsLevel(this Qualifier q) => q is Qualifier.High or Qualifier.Low or Qualifier.Present or Qualifier.Absent or Qualifier.Appropriate or Qualifier.Threshold;

    public static bool IsDirection(this Qualifier q) => q is Qualifier.Increased or Qualifier.Decreased or Qualifier.Changed or Qualifier.Maintained;

    /// <summary>
    /// The sign a qualifier contributes. A context with no level means "where this is present";
    /// a mechanism or outcome with no direction says nothing about the sign, so it is indeterminate.
    /// `appropriate` names an inverted-U factor: more is not simply better, so its sign is unknown.
    /// `threshold` is a level reached, so more is toward it (+); `maintained` says the target does
    /// not move, which no sign states.
    /// </summary>
    public static Sign ToSign(this Qualifier q, bool isSource) => q switch
    {
        Qualifier.High or Qualifier.Present or Qualifier.Increased or Qualifier.Threshold => Sign.Positive,
        Qualifier.Low or Qualifier.Absent or Qualifier.Decreased => Sign.Negative,
        Qualifier.None when isSource => Sign.Positive,
        _ => Sign.Indeterminate,
    };

    public static string ToText(this Qualifier q) => Vocabulary.Qualifiers.KeywordOf(q) ?? "";
}
