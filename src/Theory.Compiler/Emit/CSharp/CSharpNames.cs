using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Theory.Emit.CSharp;

/// <summary>
/// Turns theory names into C# identifiers: PascalCase, only identifier characters, never a keyword,
/// never the same as the enclosing type, unique within their scope.
/// </summary>
internal sealed class CSharpNames
{
    // Every generated class derives from object: a member with one of these names would hide
    // object's (CS0108), which fails a consumer built with warnings as errors.
    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    private readonly HashSet<string> _taken = new(ObjectMembers, StringComparer.Ordinal);
    private readonly NumberedNames _numbered = new();

    /// <param name="reserved">Names already used in the scope (the enclosing type's name, other members).</param>
    public CSharpNames(params string[] reserved)
    {
        foreach (var name in reserved)
            _taken.Add(name);
    }

    /// <summary>A fresh identifier for <paramref name="name"/> in this scope; a clash gets a numeric suffix.</summary>
    public string Claim(string name)
    {
        return _numbered.Claim(Identifier(name), _taken.Add);
    }

    /// <summary>PascalCase from snake_case, with anything that is not an identifier character dropped or replaced.</summary>
    public static string Identifier(string name)
    {
        var builder = new StringBuilder();
        var upperNext = true;
        foreach (var c in name)
        {
            if (c == '_' || c == '-' || c == ' ' || c == '.')
            {
                upperNext = true;
                continue;
            }

            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                builder.Append('_');
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            builder.Insert(0, '_');
        var text = builder.ToString();
        return IsKeyword(text) ? "@" + text : text;
    }

    /// <summary>A dotted namespace name made of sanitised identifiers.</summary>
    public static string Namespace(string name)
    {
        var parts = name.Split('.').Where(p => p.Length > 0).Select(Identifier).ToList();
        return parts.Count == 0 ? "Theories" : string.Join(".", parts);
    }

    // Only reserved keywords need '@'; contextual ones (var, record, _) are legal member names.
    private static bool IsKeyword(string text) => SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None;
}
