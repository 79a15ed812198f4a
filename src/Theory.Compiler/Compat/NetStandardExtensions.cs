#if NETSTANDARD2_0
using System.Collections.Immutable;

namespace Theory;

/// <summary>
/// The handful of newer BCL instance methods the compiler uses, for its netstandard2.0 build (the source
/// generator runs inside the C# compiler, which loads only netstandard2.0 analyzers). Each behaves as the
/// .NET method of the same name, so both builds of the compiler give the same answers.
/// </summary>
internal static class NetStandardExtensions
{
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }

    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
            return false;
        dictionary.Add(key, value);
        return true;
    }

    public static bool TryAdd<TKey, TValue>(this ImmutableDictionary<TKey, TValue>.Builder dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
            return false;
        dictionary.Add(key, value);
        return true;
    }

    public static TValue? GetValueOrDefault<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out var value) ? value : default;

    public static TValue GetValueOrDefault<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out var value) ? value : defaultValue;

    public static TValue? GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull =>
        dictionary.TryGetValue(key, out var value) ? value : default;

    public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source) => new(source);

    public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source, IEqualityComparer<T> comparer) => new(source, comparer);

    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => source.OrderBy(static item => item);

    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) => source.OrderBy(static item => item, comparer);

    public static bool Contains(this string text, char value) => text.IndexOf(value) >= 0;

    public static bool Contains(this string text, string value, StringComparison comparison) => text.IndexOf(value, comparison) >= 0;

    public static bool StartsWith(this string text, char value) => text.Length > 0 && text[0] == value;

    public static bool EndsWith(this string text, char value) => text.Length > 0 && text[text.Length - 1] == value;

    public static string Replace(this string text, string oldValue, string newValue, StringComparison comparison)
    {
        if (comparison != StringComparison.Ordinal)
            throw new NotSupportedException("Only ordinal replacement is used by the compiler.");
        return text.Replace(oldValue, newValue);
    }
}
#endif
