using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Binding;

/// <summary>
/// A declared loop's polarity from the signs of the web's edges along its first path: reinforcing
/// when the product is +, balancing when −, indeterminate when a sign is unknown or an edge is
/// missing (the cycle checks report the missing edge). Computed at bind time so the model is
/// complete whether or not diagnostics were asked for.
/// </summary>
internal static class LoopPolarity
{
    public static Polarity Of(FeedbackLoopSymbol loop, CausalWeb web)
    {
        if (loop.Paths.IsEmpty)
            return Polarity.Unspecified;
        var path = loop.Paths[0];
        var sign = Sign.Positive;
        for (var i = 0; i + 1 < path.Length; i++)
        {
            if (web.GetEdge(path[i], path[i + 1]) is not { } edge)
                return Polarity.Indeterminate;
            sign = sign.Times(edge.Sign);
        }

        return FromSign(sign);
    }

    /// <summary>The polarity of a loop whose edges multiply to <paramref name="sign"/>.</summary>
    public static Polarity FromSign(Sign sign) => sign switch
    {
        Sign.Positive => Polarity.Reinforcing,
        Sign.Negative => Polarity.Balancing,
        _ => Polarity.Indeterminate,
    };
}
