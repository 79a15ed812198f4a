using System.Text;
using System.Text.RegularExpressions;
using Theory.Semantics;
using Theory.Syntax;

namespace Theory.Compiler.Tests.Properties;

/// <summary>
/// The cycle check (TH2201), the opposing-path check (TH2303) and path queries, each compared
/// with a brute-force enumeration over thousands of small random webs. The webs are small enough
/// that no limit of the checks is reached, so the answers must agree exactly. The default run
/// takes seconds; THEORY_ORACLE_WEBS=200000 runs a long one (minutes).
/// </summary>
public class CheckOracleTests
{
    private static readonly int Webs =
        int.TryParse(Environment.GetEnvironmentVariable("THEORY_ORACLE_WEBS"), out var n) ? n : 3_000;

    private sealed record RandomWeb(string Text, int Count, List<(int From, int To, int Sign)> Edges, List<List<int>> Loops);

    // Links only (one claim per edge), signs +, - or unknown; some existing cycles are declared as
    // feedback loops, so coverage by loops that share constructs is exercised too.
    private static RandomWeb Generate(Random random)
    {
        var count = random.Next(3, 8);
        var edges = new List<(int, int, int)>();
        var pairs = new HashSet<(int, int)>();
        var wanted = random.Next(count, 2 * count + 3);
        for (var attempt = 0; attempt < 100 && edges.Count < wanted; attempt++)
        {
            var (a, b) = (random.Next(count), random.Next(count));
            if (a != b && pairs.Add((a, b)))
                edges.Add((a, b, random.Next(10) switch { < 4 => 1, < 8 => -1, _ => 0 }));
        }

        var cycles = ElementaryCycles(count, edges);
        var loops = cycles.Where(_ => random.Next(3) == 0).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
            text.Append($"construct n{i}\n");
        var k = 0;
        foreach (var (a, b, sign) in edges)
            text.Append(sign switch
            {
                1 => $"link L{k++}: high n{a} -> increased n{b}\n",
                -1 => $"link L{k++}: high n{a} -> decreased n{b}\n",
                _ => $"link L{k++}: n{a} -> n{b}\n",
            });
        for (var i = 0; i < loops.Count; i++)
            text.Append($"feedback F{i}: {string.Join(" -> ", loops[i].Append(loops[i][0]).Select(c => $"n{c}"))}\n");
        return new RandomWeb(text.ToString(), count, edges, loops);
    }

    // Every elementary cycle, once each, starting at its smallest construct.
    private static List<List<int>> ElementaryCycles(int count, List<(int From, int To, int Sign)> edges)
    {
        var cycles = new List<List<int>>();
        var path = new List<int>();
        void Walk(int start, int node)
        {
            foreach (var (from, to, _) in edges)
            {
                if (from != node)
                    continue;
                if (to == start)
                    cycles.Add([.. path]);
                else if (to > start && !path.Contains(to))
                {
                    path.Add(to);
                    Walk(start, to);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        for (var start = 0; start < count; start++)
        {
            path.Add(start);
            Walk(start, start);
            path.Clear();
        }

        return cycles;
    }

    private static List<List<int>> SimplePaths(RandomWeb web, int from, int to, int maxLength, Func<(int From, int To, int Sign), bool> usable)
    {
        var paths = new List<List<int>>();
        var path = new List<int> { from };
        void Walk(int node)
        {
            foreach (var edge in web.Edges.Where(e => e.From == node && usable(e)))
            {
                if (edge.To == to)
                    paths.Add([.. path, to]);
                else if (!path.Contains(edge.To) && path.Count < maxLength)
                {
                    path.Add(edge.To);
                    Walk(edge.To);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        Walk(from);
        return paths;
    }

    private static int SignOf(RandomWeb web, List<int> path) =>
        Enumerable.Range(0, path.Count - 1).Select(i => web.Edges.Single(e => e.From == path[i] && e.To == path[i + 1]).Sign).Aggregate(1, (a, b) => a * b);

    private static void ForEachWeb(Action<RandomWeb, Compilation> check)
    {
        var random = new Random(20261202);
        for (var i = 0; i < Webs; i++)
        {
            var web = Generate(random);
            var compilation = Compilation.Create([SyntaxTree.ParseText(web.Text, "web.theory")]);
            try
            {
                check(web, compilation);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"web {i}:\n{web.Text}\n{e.Message}");
            }
        }
    }

    [Fact]
    public void Undeclared_cycles_are_reported_exactly_when_some_cycle_has_an_edge_no_declared_loop_covers()
    {
        ForEachWeb((web, compilation) =>
        {
            var covered = web.Loops.SelectMany(l => l.Select((c, i) => (c, l[(i + 1) % l.Count]))).ToHashSet();
            var uncovered = ElementaryCycles(web.Count, web.Edges)
                .Where(cycle => cycle.Select((c, i) => (c, cycle[(i + 1) % cycle.Count])).Any(e => !covered.Contains(e)))
                .ToList();
            // Every uncovered elementary cycle is reported, each once, up to the bound per tangle
            // (the constructs that can all reach each other); beyond it a TH3009 counts the rest.
            var reach = new bool[web.Count, web.Count];
            foreach (var (from, to, _) in web.Edges)
                reach[from, to] = true;
            for (var m = 0; m < web.Count; m++)
                for (var a = 0; a < web.Count; a++)
                    for (var b = 0; b < web.Count; b++)
                        reach[a, b] |= reach[a, m] && reach[m, b];
            int TangleOf(List<int> cycle) =>
                Enumerable.Range(0, web.Count).Where(o => o == cycle[0] || (reach[cycle[0], o] && reach[o, cycle[0]])).Min();
            string Canonical(List<int> cycle)
            {
                var lowest = cycle.IndexOf(cycle.Min());
                return string.Join(",", cycle.Skip(lowest).Concat(cycle.Take(lowest)));
            }

            var reported = compilation.GetDiagnostics().Where(d => d.Id == "TH2201")
                .Select(d => Regex.Match(d.Message, "declares: `([^`]*)`").Groups[1].Value.Split(" -> ").Select(s => int.Parse(s[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList())
                .Select(names => names.Take(names.Count - 1).ToList())
                .ToList();
            Assert.Equal(reported.Count, reported.Select(Canonical).Distinct().Count());
            var expected = uncovered.Select(Canonical).ToHashSet();
            Assert.All(reported, cycle => Assert.Contains(Canonical(cycle), expected));
            var limits = compilation.GetDiagnostics().Count(d => d.Id == "TH3009");
            var overflowing = 0;
            foreach (var tangle in uncovered.GroupBy(TangleOf))
            {
                var shown = reported.Count(c => TangleOf(c) == tangle.Key);
                Assert.Equal(Math.Min(tangle.Count(), Limits.UndeclaredCyclesPerTangle), shown);
                if (tangle.Count() > Limits.UndeclaredCyclesPerTangle)
                    overflowing++;
            }

            Assert.Equal(overflowing, limits);
            Assert.Equal(uncovered.GroupBy(TangleOf).Count(), reported.Select(TangleOf).Distinct().Count());
        });
    }

    [Fact]
    public void Opposing_paths_are_reported_exactly_for_the_pairs_with_two_disjoint_routes_of_opposite_sign()
    {
        const int depth = Limits.OpposingPathDepth;
        ForEachWeb((web, compilation) =>
        {
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            for (var s = 0; s < web.Count; s++)
            {
                for (var t = 0; t < web.Count; t++)
                {
                    if (s == t)
                        continue;
                    var routes = SimplePaths(web, s, t, depth, e => e.Sign != 0);
                    var found = routes.Any(p => routes.Any(q => SignOf(web, p) == 1 && SignOf(web, q) == -1
                        && !p.Skip(1).SkipLast(1).Intersect(q.Skip(1).SkipLast(1)).Any()));
                    if (found)
                        expected.Add($"n{s}>n{t}");
                }
            }

            var actual = new SortedSet<string>(compilation.GetDiagnostics().Where(d => d.Id == "TH2303")
                .Select(d => Regex.Match(d.Message, "^`([^`]*)` affects `([^`]*)`")).Select(m => $"{m.Groups[1].Value}>{m.Groups[2].Value}"), StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        });
    }

    [Fact]
    public void Path_queries_find_every_simple_path_within_the_length_bound_shortest_first()
    {
        ForEachWeb((web, compilation) =>
        {
            for (var s = 0; s < web.Count; s++)
            {
                for (var t = 0; t < web.Count; t++)
                {
                    if (s == t)
                        continue;
                    var from = compilation.GetConstruct($"n{s}")!;
                    var to = compilation.GetConstruct($"n{t}")!;
                    var expected = SimplePaths(web, s, t, 4, _ => true).Select(p => string.Join(">", p)).Order(StringComparer.Ordinal).ToList();
                    var paths = compilation.Web.FindPaths(from, to, maxLength: 4, maxPaths: 1000);
                    Assert.Equal(expected, paths.Select(p => string.Join(">", p.Edges.Select(e => e.From.Name[1..]).Append(p.Edges[^1].To.Name[1..]))).Order(StringComparer.Ordinal));
                    Assert.True(paths.Zip(paths.Skip(1)).All(pair => pair.First.Edges.Length <= pair.Second.Edges.Length));
                }
            }
        });
    }
}
