#if NETSTANDARD2_0
using System.Runtime.CompilerServices;

namespace System.Collections.Generic;

/// <summary>Stand-in for .NET 5's ReferenceEqualityComparer in the netstandard2.0 build.</summary>
internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
{
    public static ReferenceEqualityComparer Instance { get; } = new();

    private ReferenceEqualityComparer()
    {
    }

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object? obj) => RuntimeHelpers.GetHashCode(obj!);
}
#endif
