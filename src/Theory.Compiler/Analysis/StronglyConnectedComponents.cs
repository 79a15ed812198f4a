namespace Theory.Analysis;

/// <summary>
/// Tarjan's algorithm, iterative so that a web of any depth cannot overflow the stack.
/// Linear in nodes plus edges.
/// </summary>
internal static class StronglyConnectedComponents
{
    public static List<List<int>> Find(int nodeCount, IReadOnlyList<IReadOnlyList<int>> successors)
    {
        var index = new int[nodeCount];
        var lowLink = new int[nodeCount];
        var onStack = new bool[nodeCount];
        for (var i = 0; i < index.Length; i++)
            index[i] = -1;
        var stack = new Stack<int>();
        var components = new List<List<int>>();
        var work = new Stack<(int Node, int NextChild)>();
        var counter = 0;

        for (var root = 0; root < nodeCount; root++)
        {
            if (index[root] >= 0)
                continue;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next == 0)
                {
                    index[node] = lowLink[node] = counter++;
                    stack.Push(node);
                    onStack[node] = true;
                }

                var children = successors[node];
                var descended = false;
                for (var i = next; i < children.Count; i++)
                {
                    var child = children[i];
                    if (index[child] < 0)
                    {
                        work.Push((node, i + 1));
                        work.Push((child, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[child])
                        lowLink[node] = Math.Min(lowLink[node], index[child]);
                }

                if (descended)
                    continue;

                if (lowLink[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[node]);
                }
            }
        }

        return components;
    }
}
