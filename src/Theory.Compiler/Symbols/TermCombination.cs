namespace Theory.Symbols;

/// <summary>How the terms of a context or outcome clause combine: `all of` them (the default) or `any of` them.</summary>
public enum TermCombination
{
    AllOf,

    /// <summary>One of the terms is enough (`where trust is low or complexity high`): the terms are alternatives, not a conjunction.</summary>
    AnyOf,
}
