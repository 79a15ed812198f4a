using System.Text;
using Theory.Projects;
using Theory.Symbols;

namespace Theory.Benchmarks;

/// <summary>
/// The causal web of a theory as an Argdown document, for the side-by-side benchmark against
/// `argdown map` (tools/compare-argdown.sh): one statement per construct (title its name, text its
/// label) and one outgoing relation per web edge — `+>` support for a positive or unsigned edge,
/// `->` attack for a negative one — so both tools draw the same nodes and edges.
/// </summary>
internal static class ArgdownWriter
{
    public static (int Statements, int Relations) Write(string projectFolder, string outputFile)
    {
        var workspace = TheoryWorkspace.Load([projectFolder], projectFolder);
        var compilation = workspace.Compilations.Single();
        var text = new StringBuilder("===\ntitle: Generated programme theory\n===\n\n");
        var relations = 0;
        foreach (var construct in compilation.Constructs)
        {
            text.Append('[').Append(Plain(construct.Name)).Append("]: ").Append(Plain(construct.DisplayName)).Append('\n');
            foreach (var edge in compilation.Web.GetOutgoingEdges(construct))
            {
                text.Append(edge.Sign == Sign.Negative ? "  -> [" : "  +> [").Append(Plain(edge.To.Name)).Append("]\n");
                relations++;
            }

            text.Append('\n');
        }

        File.WriteAllText(outputFile, text.ToString());
        return (compilation.Constructs.Length, relations);
    }

    // Argdown reads brackets, angle brackets, hashes, asterisks and underscores as structure or
    // markup; the generated corpus has none in its labels, but a hand-made theory might.
    private static string Plain(string text) =>
        new(text.Select(c => c is '[' or ']' or '<' or '>' or '#' or '*' or '_' or '@' ? ' ' : c).ToArray());
}
