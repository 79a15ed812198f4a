using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Semantics;

/// <summary>
/// "Did you mean" is looked up once per distinct wrong name and set of candidates: every reference
/// still gets its suggestion, and a name wrong in two tables gets each table's own.
/// </summary>
public class DidYouMeanTests
{
    [Fact]
    public void Every_reference_to_a_wrong_name_gets_the_suggestion_of_its_own_table()
    {
        var compilation = Compilation.Create([SyntaxTree.ParseText("""
            construct trust
            construct faith
            cmoc trusst: high faith -> increased trusst
            cmoc B: high trusst -> increased faith
            chain c: trusst -> trust
            """, "t.theory")]);

        var messages = compilation.GetDiagnostics().Where(d => d.Id is "TH2001" or "TH2002").Select(d => d.Message).ToList();
        Assert.Equal(2, messages.Count(m => m == "construct `trusst` is not declared; did you mean `trust`?"));
        Assert.Single(messages, "CMOC `trust` is not declared; did you mean `trusst`?");
    }
}
