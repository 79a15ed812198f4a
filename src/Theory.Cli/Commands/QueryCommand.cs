using System.CommandLine;
using Theory.Projects;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory query paths --from X --to Y` and `theory query construct X`: questions a researcher
/// asks of the causal web, answered from the bound model.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Ask the causal web a question.");
        command.Subcommands.Add(CreatePaths(context));
        command.Subcommands.Add(CreateConstruct(context));
        return command;
    }

    private static Command CreatePaths(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The construct the paths start at (name, alias or label).", Required = true };
        var to = new Option<string>("--to") { Description = "The construct the paths end at.", Required = true };
        var maxLength = new Option<int>("--max-length") { Description = "The longest path to list, in edges.", DefaultValueFactory = _ => 8 };
        var maxPaths = new Option<int>("--max-paths") { Description = "How many paths to list; the rest are counted.", DefaultValueFactory = _ => 100 };
        var when = new Option<string[]>("--when") { Description = "Ask in the web where this holds (a term: `high conflict`). Repeatable." };
        var unless = new Option<string[]>("--unless") { Description = "Ask in the web where this does not hold. Repeatable." };
        var scope = new Option<string[]>("--for") { Description = "Ask for one type of a typology (`CollaborationType.merger`). Repeatable." };
        var stage = new Option<string?>("--stage") { Description = "Ask at one stage." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var paths = CommonOptions.Paths();
        var command = new Command("paths", "List the causal paths between two constructs with their net signs, in the base web or under a circumstance.")
        {
            from, to, maxLength, maxPaths, when, unless, scope, stage, format, paths,
        };
        command.SetAction(result =>
        {
            var circumstance = string.Join("; ", (result.GetValue(when) ?? []).Select(t => "when " + t)
                .Concat((result.GetValue(unless) ?? []).Select(t => "unless " + t))
                .Concat((result.GetValue(scope) ?? []).Select(t => "for " + t))
                .Concat(result.GetValue(stage) is { } s ? ["stage " + s] : []));
            var query = new PathQuery(result.GetValue(from)!, result.GetValue(to)!, result.GetValue(maxLength), result.GetValue(maxPaths), circumstance);
            return QueryPathsCommand.Run(query, result.GetValue(format) ?? "text", result.GetValue(paths) ?? [], context);
        });
        return command;
    }

    private static Command CreateConstruct(CliContext context)
    {
        var name = new Argument<string>("construct") { Description = "The construct (name, alias or label)." };
        var paths = CommonOptions.Paths();
        var command = new Command("construct", "List every CMOC, link, loop and measure in which a construct plays a part, by role.") { name, paths };
        command.SetAction(result => RunConstruct(result.GetValue(name)!, result.GetValue(paths) ?? [], context));
        return command;
    }

    private static int RunConstruct(string name, string[] paths, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        var compilation = workspace.Compilations.FirstOrDefault(c => c.GetConstruct(name) is not null);
        if (compilation?.GetConstruct(name) is not { } construct)
        {
            stderr.WriteLine($"theory: error: no theory here declares a construct '{name}'");
            return ExitCodes.UsageOrIo;
        }

        var header = $"construct `{construct.Name}`";
        if (construct.Label is not null)
            header += $" \"{construct.Label}\"";
        if (construct.ConstructKind != ConstructKind.Unspecified)
            header += $" ({construct.ConstructKind.ToString().ToLowerInvariant()})";
        stdout.WriteLine(header);
        if (!construct.Aliases.IsEmpty)
            stdout.WriteLine($"  aliases: {string.Join(", ", construct.Aliases.Select(a => $"\"{a}\""))}");

        var usages = compilation.GetUsages(construct);
        foreach (var (role, uses) in usages.ByRole)
            stdout.WriteLine($"  {role + ":",-13} {(uses.IsEmpty ? "-" : string.Join(", ", uses.Select(Use)))}");

        var loops = usages.Loops.Select(l => l.Name).ToList();
        var measures = usages.Measures.Select(m => m.IsReversed ? m.Name + " (reversed)" : m.Name).ToList();
        stdout.WriteLine($"  {"loops:",-13} {(loops.Count == 0 ? "-" : string.Join(", ", loops))}");
        stdout.WriteLine($"  {"measures:",-13} {(measures.Count == 0 ? "-" : string.Join(", ", measures))}");
        var web = compilation.Web;
        stdout.WriteLine($"  {"causes:",-13} {Edges(web.GetIncomingEdges(construct), e => e.From)}");
        stdout.WriteLine($"  {"effects:",-13} {Edges(web.GetOutgoingEdges(construct), e => e.To)}");
        return ExitCodes.Success;
    }

    private static string Use(ConstructUse use) =>
        use.Term.Qualifier == Qualifier.None ? use.Claim.Name : $"{use.Claim.Name} ({Vocabulary.Qualifiers.KeywordOf(use.Term.Qualifier)})";

    private static string Edges(IEnumerable<CausalEdge> edges, Func<CausalEdge, ConstructSymbol> other)
    {
        var list = edges.Select(e => $"{other(e).Name} ({e.Sign.ToSymbol()})").ToList();
        return list.Count == 0 ? "-" : string.Join(", ", list);
    }
}
