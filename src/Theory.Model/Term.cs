namespace Theory.Model;

/// <summary>A construct as it appears in a CMOC, with its level or direction.</summary>
/// <param name="Construct">The id of the construct.</param>
/// <param name="Qualifier">Its level (contexts) or direction (mechanisms and outcomes).</param>
public sealed record Term(string Construct, Qualifier Qualifier)
{
    /// <inheritdoc />
    public override string ToString() => Qualifier == Qualifier.None ? Construct : Qualifier.ToString().ToLowerInvariant() + " " + Construct;
}
