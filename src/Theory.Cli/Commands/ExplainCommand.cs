using System.CommandLine;
using Theory.Diagnostics;

namespace Theory.Cli.Commands;

/// <summary>`theory explain TH2001`: prints the documentation page of a diagnostic (embedded in the tool).</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "A diagnostic ID such as TH2001. Without one, lists every ID.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Explain a diagnostic: what it means, an example, and how to fix it.") { id };
        command.SetAction(result => Run(result.GetValue(id), context));
        return command;
    }

    private static int Run(string? id, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (string.IsNullOrWhiteSpace(id))
        {
            foreach (var descriptor in DiagnosticDescriptors.All)
                stdout.WriteLine($"{descriptor.Id}  {descriptor.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {descriptor.Title}");
            return ExitCodes.Success;
        }

        var found = DiagnosticDescriptors.Find(id.Trim());
        if (found is null)
        {
            stderr.WriteLine($"theory: error: '{id}' is not a Theory diagnostic ID; run 'theory explain' to list them");
            return ExitCodes.UsageOrIo;
        }

        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"diagnostics/{found.Id}.md");
        if (stream is null)
        {
            stdout.WriteLine($"# {found.Id}: {found.Title}");
            stdout.WriteLine();
            stdout.WriteLine(found.Help);
            return ExitCodes.Success;
        }

        // The page as a reader sees it rendered: HTML comments are notes for the docs tests.
        using var reader = new StreamReader(stream);
        var page = System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd().ReplaceLineEndings("\n"), @"<!--.*?-->\n*", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        stdout.Write(page);
        return ExitCodes.Success;
    }
}
