namespace Theory.Binding;

/// <summary>Where a term appears, which decides whether it takes a level or a direction.</summary>
internal enum TermRole
{
    Context,
    Mechanism,
    Outcome,
    Condition,
    Moderator,
    LinkSource,
    LinkTarget,
}

internal static class TermRoleFacts
{
    public static bool TakesLevel(this TermRole role) => role is TermRole.Context or TermRole.Condition or TermRole.Moderator or TermRole.LinkSource;

    /// <summary>`necessary` and `contributory` describe a factor: something that brings an outcome about.</summary>
    public static bool TakesFactorRole(this TermRole role) => role is TermRole.Context or TermRole.LinkSource;

    public static string Plural(this TermRole role) => role switch
    {
        TermRole.Context => "contexts",
        TermRole.Mechanism => "mechanisms",
        TermRole.Outcome => "outcomes",
        TermRole.Condition => "conditions",
        TermRole.Moderator => "moderators",
        TermRole.LinkSource => "link sources",
        _ => "link targets",
    };
}
