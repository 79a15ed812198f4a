namespace Theory.Model;

/// <summary>A construct as it appears in a CMOC, with its level or direction.</summary>
/// <param name="Construct">The id of the construct.</param>
/// <param name="Qualifier">Its level (contexts) or direction (mechanisms and outcomes).</param>
public sealed record Term(string Construct, Qualifier Qualifier)
{
    /// <summary>A term whose factor role the theory states (<c>necessary high trust</c>).</summary>
    /// <param name="construct">The id of the construct.</param>
    /// <param name="qualifier">Its level or direction.</param>
    /// <param name="role">Whether the factor is necessary or contributory.</param>
    public Term(string construct, Qualifier qualifier, FactorRole role)
        : this(construct, qualifier)
    {
        Role = role;
    }

    /// <summary>Whether the factor is necessary or contributory, when the theory says.</summary>
    public FactorRole Role { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = Qualifier == Qualifier.None ? Construct : Qualifier.ToString().ToLowerInvariant() + " " + Construct;
        return Role == FactorRole.None ? text : Role.ToString().ToLowerInvariant() + " " + text;
    }
}
