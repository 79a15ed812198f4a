using System.Globalization;
using System.Text.Json;
using Theory.Cli.Output;
using Theory.Semantics;
using Theory.Symbols;

namespace Theory.Cli.Commands;

/// <summary>What `theory query paths` was asked.</summary>
internal sealed record PathQuery(string From, string To, int MaxLength, int MaxPaths, string Circumstance);

/// <summary>
/// `theory query paths`: the paths between two constructs in the base web or the web of a
/// circumstance, with every bound stated. A search that stopped at its step budget says so in the
/// text, in the JSON (`complete: false`) and in the exit code (4), because "no path" or a net
/// effect from part of the paths would otherwise read as an answer.
/// </summary>
internal static class QueryPathsCommand
{
    public static int Run(PathQuery query, string format, string[] paths, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (query.MaxLength is < 1 or > 32)
        {
            stderr.WriteLine("theory: error: --max-length must be between 1 and 32");
            return ExitCodes.UsageOrIo;
        }

        if (query.MaxPaths is < 1 or > 10_000)
        {
            stderr.WriteLine("theory: error: --max-paths must be between 1 and 10000");
            return ExitCodes.UsageOrIo;
        }

        if (CommonOptions.Load(paths, context) is not { } workspace)
            return ExitCodes.UsageOrIo;
        var match = workspace.Compilations
            .Select(c => (Compilation: c, From: c.GetConstruct(query.From), To: c.GetConstruct(query.To)))
            .FirstOrDefault(m => m.From is not null && m.To is not null);
        if (match.Compilation is null)
        {
            var missing = workspace.Compilations.Any(c => c.GetConstruct(query.From) is not null) ? query.To : query.From;
            stderr.WriteLine($"theory: error: no theory here declares a construct '{TerminalText.Safe(missing)}'");
            return ExitCodes.UsageOrIo;
        }

        if (Circumstance.Parse(match.Compilation, query.Circumstance, out var error) is not { } circumstance)
        {
            stderr.WriteLine($"theory: error: {TerminalText.Safe(error ?? "the circumstance does not read")}");
            return ExitCodes.UsageOrIo;
        }

        var result = match.Compilation.Web.SearchPaths(match.From!, match.To!, query.MaxLength, query.MaxPaths, circumstance);
        if (format == "json")
            WriteJson(stdout, match.From!, match.To!, query, result);
        else
            WriteText(stdout, match.From!, match.To!, query, result);
        return result.IsComplete ? ExitCodes.Success : ExitCodes.Incomplete;
    }

    private static void WriteText(TextWriter stdout, ConstructSymbol from, ConstructSymbol to, PathQuery query, PathSearchResult result)
    {
        var where = result.Circumstance.IsUnconditional ? "" : $" under `{result.Circumstance.Text}`";
        var between = $"from `{from.Name}` to `{to.Name}`{where}";
        if (result.PathCount == 0)
        {
            stdout.WriteLine(result.IsComplete
                ? $"No causal path {between} (up to {query.MaxLength} edges)."
                : $"No causal path found {between} (up to {query.MaxLength} edges) before the search stopped at its limit of {Number(result.StepLimit)} steps: one may exist.");
        }
        else
        {
            var count = result.IsComplete ? Number(result.PathCount) : "at least " + Number(result.PathCount);
            var plural = result.PathCount == 1 && result.IsComplete ? "path" : "paths";
            stdout.WriteLine(result.IsTruncated || !result.IsComplete
                ? $"The first {Number(result.Paths.Length)} of {count} {plural} {between}:"
                : $"{count} {plural} {between}:");
            foreach (var path in result.Paths)
            {
                var claims = path.Edges.Select(e => string.Join("+", e.ClaimsUnder(result.Circumstance).Select(c => c.Claim.Name).Distinct()));
                stdout.WriteLine($"  {path.Sign.ToSymbol()}  {path}    [{string.Join(", ", claims)}]");
            }

            var over = result.IsTruncated || !result.IsComplete
                ? $" (over all {count} paths: {string.Join(", ", result.Signs.Select(s => s.ToSymbol()))})"
                : "";
            stdout.WriteLine($"Net effect: {result.NetEffect.Describe()}{over}.");
            if (!result.IsComplete)
                stdout.WriteLine($"The search stopped at its limit of {Number(result.StepLimit)} steps, so there may be more paths, of other signs: ask with a smaller --max-length.");
        }

        if (!result.OtherCircumstances.IsEmpty)
        {
            var others = string.Join(", ", result.OtherCircumstances.Select(c => $"`{c.Text}`"));
            stdout.WriteLine($"Claims made under other circumstances add edges on the way ({others}): ask with --when, --unless, --for or --stage to include them.");
        }
    }

    private static void WriteJson(TextWriter stdout, ConstructSymbol from, ConstructSymbol to, PathQuery query, PathSearchResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("from", from.Name);
            json.WriteString("to", to.Name);
            json.WriteString("circumstance", result.Circumstance.Text);
            json.WriteNumber("maxLength", query.MaxLength);
            json.WriteNumber("pathCount", result.PathCount);
            json.WriteNumber("listed", result.Paths.Length);
            json.WriteBoolean("complete", result.IsComplete);
            json.WriteString("netEffect", result.NetEffect.ToString().ToLowerInvariant());
            json.WriteStartArray("signs");
            foreach (var sign in result.Signs)
                json.WriteStringValue(sign.ToSymbol());
            json.WriteEndArray();
            json.WriteStartArray("paths");
            foreach (var path in result.Paths)
            {
                json.WriteStartObject();
                json.WriteString("sign", path.Sign.ToSymbol());
                json.WriteStartArray("constructs");
                foreach (var construct in path.Constructs)
                    json.WriteStringValue(construct.Name);
                json.WriteEndArray();
                json.WriteStartArray("claims");
                foreach (var edge in path.Edges)
                {
                    json.WriteStartArray();
                    foreach (var claim in edge.ClaimsUnder(result.Circumstance).Select(c => c.Claim.Name).Distinct(StringComparer.Ordinal))
                        json.WriteStringValue(claim);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("otherCircumstances");
            foreach (var other in result.OtherCircumstances)
                json.WriteStringValue(other.Text);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        stdout.WriteLine();
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
