using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Theory.Diagnostics;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// `Compilation.GetErrors` skips the checks that cannot report an error under the project's
/// severities (opposing paths, near-duplicate CMOCs, look-alike names: the costliest), so
/// `theory graph` need not run them. The errors must be exactly the errors of the full run.
/// </summary>
public class ErrorsOnlyTests
{
    private static Compilation Compile(string source, params (string Id, ReportDiagnostic Report)[] severities) =>
        Compilation.Create([SyntaxTree.Parse(SourceText.From(source, "t.theory"))], options: new CompilationOptions
        {
            SpecificDiagnosticOptions = severities.ToImmutableDictionary(s => s.Id, s => s.Report),
        });

    private static List<string> Errors(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];

    // Opposing paths (TH2303) from a to d, and a CMOC contained in another (TH2304).
    private const string Advisory = """
        construct a
        construct b
        construct c
        construct d
        construct e
        link high a -> increased b
        link high b -> increased d
        link high a -> increased c
        link high c -> decreased d
        cmoc C1 { context high a mechanism increased e outcome increased d }
        cmoc C2 { context high a, high b mechanism increased e outcome increased d }
        """;

    public static TheoryData<string> Files() => Syntax.RoundTripTests.Files();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_repository_file_has_the_same_diagnostics_whether_errors_are_asked_for_first_or_not(string relativePath)
    {
        var source = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));
        var full = Compile(source).GetDiagnostics();
        var errorsFirst = Compile(source);
        Assert.Equal(Errors(full), Errors(errorsFirst.GetErrors()));

        // Asked for everything afterwards, it runs only the checks it skipped, and gives the same list.
        Assert.Equal(Describe(full), Describe(errorsFirst.GetDiagnostics()));
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => d + string.Concat(d.RelatedLocations.Select(r => $" | {r.Location.Span} {r.Message}")))];

    [Fact]
    public void Advisory_findings_raised_to_errors_by_the_project_are_found()
    {
        Assert.Contains(Compile(Advisory).GetDiagnostics(), d => d.Id == "TH2303");
        Assert.Contains(Compile(Advisory).GetDiagnostics(), d => d.Id == "TH2304");
        Assert.Empty(Compile(Advisory).GetErrors());

        var raised = Compile(Advisory, ("TH2303", ReportDiagnostic.Error), ("TH2304", ReportDiagnostic.Error)).GetErrors();
        Assert.Contains(raised, d => d.Id == "TH2303");
        Assert.Contains(raised, d => d.Id == "TH2304");
        Assert.Equal(Errors(Compile(Advisory, ("TH2303", ReportDiagnostic.Error)).GetDiagnostics()),
            Errors(Compile(Advisory, ("TH2303", ReportDiagnostic.Error)).GetErrors()));
    }

    [Fact]
    public void A_suppression_of_a_skipped_finding_is_not_called_unused_when_that_is_an_error()
    {
        var source = Advisory.Replace("cmoc C1", "// suppress TH2303: the two routes are the point of the theory\ncmoc C1", StringComparison.Ordinal);
        var full = Compile(source, ("TH3004", ReportDiagnostic.Error));
        Assert.DoesNotContain(full.GetDiagnostics(), d => d.Id is "TH3004" or "TH2303");
        Assert.DoesNotContain(Compile(source, ("TH3004", ReportDiagnostic.Error)).GetErrors(), d => d.Id == "TH3004");
    }

    [Fact]
    public void After_a_full_run_the_errors_are_read_from_it()
    {
        var compilation = Compile(Advisory + "cmoc C3: high nowhere -> increased d\n");
        var all = compilation.GetDiagnostics();
        Assert.Equal(Errors(all), Errors(compilation.GetErrors()));
        Assert.NotEmpty(compilation.GetErrors());
    }

    [Fact]
    public void The_skipped_checks_list_every_diagnostic_they_report_and_none_is_an_error_by_default()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot, "src", "Theory.Compiler");
        var bag = string.Concat(Directory.GetFiles(Path.Combine(root, "Diagnostics"), "DiagnosticBag*.cs").Select(File.ReadAllText));
        var descriptorOf = Regex.Matches(bag, @"void Report(\w+)\([^)]*\)\s*=>\s*Add\(DiagnosticDescriptors\.(\w+)")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var field = (string name) => (DiagnosticDescriptor)typeof(DiagnosticDescriptors).GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        var checks = Theory.Analysis.CheckRunner.Advisory;
        Assert.Equal(3, checks.Length);
        foreach (var (run, ids) in checks)
        {
            var type = run.Method.DeclaringType!;
            var source = File.ReadAllText(Path.Combine(root, "Analysis", type.Name + ".cs"));
            var reported = Regex.Matches(source, @"Diagnostics\.Report(\w+)\(").Select(m => m.Groups[1].Value).Distinct().ToList();
            Assert.NotEmpty(reported);
            foreach (var method in reported)
            {
                var descriptor = field(descriptorOf[method]);
                Assert.Contains(descriptor.Id, ids);
                Assert.NotEqual(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            }
        }
    }
}
