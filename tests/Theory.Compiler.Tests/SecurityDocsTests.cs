using System.Globalization;
using System.Reflection;

namespace Theory.Compiler.Tests;

/// <summary>docs/security.md lists every limit in Limits.cs, with its value, and nothing else.</summary>
public class SecurityDocsTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "security.md"));

    private static IEnumerable<string> Names() =>
        typeof(Limits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => f.Name);

    public static TheoryData<string> LimitNames() => [.. Names()];

    [Theory]
    [MemberData(nameof(LimitNames))]
    public void Every_limit_has_a_row_with_its_value(string name)
    {
        var value = Convert.ToInt64(typeof(Limits).GetField(name)!.GetRawConstantValue(), CultureInfo.InvariantCulture);
        var row = Page.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{name}` |", StringComparison.Ordinal));
        Assert.True(row is not null, $"docs/security.md has no row for the limit {name}");
        Assert.Contains(value.ToString("N0", CultureInfo.InvariantCulture), row, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_no_limit_that_does_not_exist()
    {
        var names = Names().ToHashSet();
        var documented = Page.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Contains("` |", StringComparison.Ordinal))
            .Select(l => l[3..l.IndexOf('`', 3)]);
        Assert.All(documented, name => Assert.Contains(name, names));
    }
}
