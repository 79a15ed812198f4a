using System.Text;
using Theory.Semantics;
using Theory.Syntax;
using Theory.Text;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>TH2303 lists at most Limits.OpposingPathReports pairs; TH3009 counts the rest rather than print hundreds of megabytes.</summary>
public class OpposingPathLimitTests
{
    [Fact]
    public void Past_the_limit_opposing_pairs_are_counted_not_listed()
    {
        // Each source reaches each target through `up` (+) and through `down` (-): sources × targets pairs.
        const int sources = 101, targets = 100;
        var text = new StringBuilder("construct up\nconstruct down\n");
        for (var t = 0; t < targets; t++)
            text.Append("construct t").Append(t).Append('\n');
        for (var s = 0; s < sources; s++)
            text.Append("construct s").Append(s).Append("\nlink s").Append(s).Append(" -> increased up, increased down\n");
        text.Append("link up -> ").Append(string.Join(", ", Enumerable.Range(0, targets).Select(t => "increased t" + t))).Append('\n');
        text.Append("link down -> ").Append(string.Join(", ", Enumerable.Range(0, targets).Select(t => "decreased t" + t))).Append('\n');

        // Under a culture that groups digits with dots the message is the same: outputs never depend on it.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        IReadOnlyList<Diagnostics.Diagnostic> diagnostics;
        try
        {
            diagnostics = Compilation.Create([SyntaxTree.Parse(SourceText.From(text.ToString(), "t.theory"))]).GetDiagnostics();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(Limits.OpposingPathReports, diagnostics.Count(d => d.Id == "TH2303"));
        var limit = Assert.Single(diagnostics, d => d.Id == "TH3009");
        Assert.Contains($"{sources * targets - Limits.OpposingPathReports} more pairs have opposing paths", limit.Message, StringComparison.Ordinal);
        Assert.Contains("its limit of 10,000 pairs of constructs", limit.Message, StringComparison.Ordinal);
    }
}
