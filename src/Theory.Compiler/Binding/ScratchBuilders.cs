using System.Collections.Immutable;
using Theory.Symbols;

namespace Theory.Binding;

/// <summary>
/// The lists the binder fills for one claim at a time, kept and cleared rather than made anew:
/// a claim has a dozen lists, most of them empty, and a new builder for each (an object and an
/// array of eight) was most of what binding a large theory allocated. The binder binds one claim
/// at a time, so one set serves all.
/// </summary>
internal sealed class ScratchBuilders
{
    public ImmutableArray<Term>.Builder Terms { get; } = ImmutableArray.CreateBuilder<Term>();

    public ImmutableArray<Term>.Builder Contexts { get; } = ImmutableArray.CreateBuilder<Term>();

    public ImmutableArray<Term>.Builder Mechanisms { get; } = ImmutableArray.CreateBuilder<Term>();

    public ImmutableArray<Term>.Builder Outcomes { get; } = ImmutableArray.CreateBuilder<Term>();

    public ImmutableArray<ContextPairing>.Builder Pairings { get; } = ImmutableArray.CreateBuilder<ContextPairing>();

    public ImmutableArray<ImmutableArray<Term>>.Builder ContextAlternatives { get; } = ImmutableArray.CreateBuilder<ImmutableArray<Term>>();

    public ImmutableArray<ImmutableArray<Term>>.Builder OutcomeAlternatives { get; } = ImmutableArray.CreateBuilder<ImmutableArray<Term>>();

    public ImmutableArray<Condition>.Builder Conditions { get; } = ImmutableArray.CreateBuilder<Condition>();

    public ImmutableArray<TypeSymbol>.Builder Scope { get; } = ImmutableArray.CreateBuilder<TypeSymbol>();

    public ImmutableArray<EvidenceItem>.Builder Evidence { get; } = ImmutableArray.CreateBuilder<EvidenceItem>();

    public ImmutableArray<Moderator>.Builder Moderators { get; } = ImmutableArray.CreateBuilder<Moderator>();

    /// <summary>The items as an array of their own (the shared empty one when there are none), leaving the builder empty.</summary>
    public static ImmutableArray<T> Take<T>(ImmutableArray<T>.Builder builder)
    {
        var items = builder.ToImmutable();
        builder.Clear();
        return items;
    }

    /// <summary>As <see cref="Take{T}"/>, each item once, in first-seen order.</summary>
    public static ImmutableArray<T> TakeDistinct<T>(ImmutableArray<T>.Builder builder) where T : class
    {
        if (builder.Count > 1)
        {
            var seen = new HashSet<T>();
            var kept = 0;
            for (var i = 0; i < builder.Count; i++)
                if (seen.Add(builder[i]))
                    builder[kept++] = builder[i];
            builder.Count = kept;
        }

        return Take(builder);
    }
}
