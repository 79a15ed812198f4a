using Theory.Syntax;
using Theory.Text;

namespace Theory.Benchmarks;

/// <summary>
/// What a project's syntax trees are made of: counts of nodes, tokens and trivia, and the heap the
/// trees hold once parsed (a full collection before and after). Says where the tree's memory goes.
/// </summary>
public static class TreeCensus
{
    public static void Run(string directory)
    {
        var texts = CorpusFiles.Read(directory);
        var characters = texts.Sum(t => (long)t.Length);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var trees = texts.Select(SyntaxTree.Parse).ToList();
        var after = GC.GetTotalMemory(forceFullCollection: true);

        long nodes = 0, children = 0, tokens = 0, trivia = 0;
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var runs = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var tree in trees)
        {
            foreach (var node in tree.Root.DescendantNodesAndSelf())
            {
                nodes++;
                children += node.Children.Length;
            }

            foreach (var token in tree.Root.DescendantTokens())
            {
                tokens++;
                strings.Add(token.Text);
                strings.Add(token.ValueText);
                trivia += token.LeadingRun.Count + token.TrailingRun.Count;
                runs.Add(token.LeadingRun);
                runs.Add(token.TrailingRun);
                for (var i = 0; i < token.LeadingRun.Count; i++)
                    strings.Add(token.LeadingRun.TextAt(i));
                for (var i = 0; i < token.TrailingRun.Count; i++)
                    strings.Add(token.TrailingRun.TextAt(i));
            }
        }

        GC.KeepAlive(trees);
        var held = after - before;
        Console.WriteLine($"{texts.Count} files, {characters / 1e6:0.0} M characters, trees hold {held / 1e6:0} MB ({(double)held / characters:0.0} bytes per character)");
        Console.WriteLine($"nodes {nodes:N0} (children {children:N0}), tokens {tokens:N0}, trivia {trivia:N0} in {runs.Count:N0} shared runs, string objects {strings.Count:N0}");
    }
}
