using Theory.Diagnostics;

namespace Theory.Compiler.Tests;

public class DiagnosticDocsTests
{
    [Fact]
    public void Every_descriptor_has_a_unique_id_and_a_documentation_page()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^TH[0-9]{4}$", descriptor.Id);
            var page = Path.Combine(TestPaths.RepositoryRoot, descriptor.HelpPath);
            Assert.True(File.Exists(page), $"{descriptor.Id} has no page at {descriptor.HelpPath}");
            var text = File.ReadAllText(page);
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", text);
            Assert.Contains("## Fix", text);
            Assert.Contains($"[{descriptor.Id}]({descriptor.Id}.md)", File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics", "README.md")));
        }
    }

    [Fact]
    public void Every_descriptor_is_in_the_table()
    {
        var declared = typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
        Assert.Equal(declared.Select(d => d.Id).Order(), DiagnosticDescriptors.All.Select(d => d.Id).Order());
    }
}
