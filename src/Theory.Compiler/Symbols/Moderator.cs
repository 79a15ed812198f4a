namespace Theory.Symbols;

/// <summary>`moderated by X dampens|amplifies`: a construct that changes the strength of a claim.</summary>
public sealed record Moderator(Term Term, ModeratorEffect Effect);

public enum ModeratorEffect
{
    Unspecified,
    Dampens,
    Amplifies,
}
