using System.CommandLine;
using System.Text;
using Theory.Cli.Output;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory new NAME`: scaffolds a theory repository that `theory check` passes on: theory.json, a
/// starter theory, a .bib, a README, a .gitignore and a GitHub Actions workflow that checks the theory.
/// </summary>
internal static class NewCommand
{
    // Template resource → path in the new repository ({{FILE}} is the starter theory's file name).
    private static readonly (string Resource, string Path)[] Files =
    [
        ("theory.json", "theory.json"),
        ("starter.theory", "{{FILE}}"),
        ("references.bib", "references.bib"),
        ("README.md", "README.md"),
        ("gitignore", ".gitignore"),
        ("workflow.yml", ".github/workflows/theory.yml"),
    ];

    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "The theory's name; also the folder created for it (unless --output)." };
        var output = new Option<string?>("--output", "-o") { Description = "Folder to create (default: ./NAME). It must not exist or be empty." };
        var title = new Option<string?>("--title") { Description = "A human-readable title for the theory (default: the name)." };
        var command = new Command("new", "Create a new theory repository: theory.json, a starter theory, a .bib, a README and a CI workflow.")
        {
            name, output, title,
        };
        command.SetAction(result => Run(result.GetValue(name)!, result.GetValue(output), result.GetValue(title), context));
        return command;
    }

    private static int Run(string name, string? output, string? title, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        var theoryName = TheoryName(name);
        if (theoryName is null)
        {
            stderr.WriteLine($"theory: error: '{name}' has no letters or digits to make a theory name from");
            return ExitCodes.UsageOrIo;
        }

        var directory = output ?? name;
        var fullDirectory = context.FullPath(directory);
        if (File.Exists(fullDirectory) || (Directory.Exists(fullDirectory) && Directory.EnumerateFileSystemEntries(fullDirectory).Any()))
        {
            stderr.WriteLine($"theory: error: '{directory}' already exists and is not an empty folder; choose another name or --output");
            return ExitCodes.UsageOrIo;
        }

        var file = FileStem(theoryName) + ".theory";
        var values = new Dictionary<string, string>
        {
            ["{{NAME}}"] = theoryName,
            ["{{TITLE}}"] = TheoryString(title ?? name),
            ["{{TITLE_TEXT}}"] = OneLine(title ?? name),
            ["{{FILE}}"] = file,
            ["{{VERSION}}"] = ToolVersion.Current.Split('+')[0],
        };

        try
        {
            foreach (var (resource, path) in Files)
            {
                var target = Path.Combine(fullDirectory, Fill(path, values));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                AtomicFileWriter.WriteText(target, Fill(ReadTemplate(resource), values));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"theory: error: cannot create '{directory}': {e.Message}");
            return ExitCodes.UsageOrIo;
        }

        stdout.WriteLine($"Created theory {theoryName} in {directory}:");
        foreach (var (_, path) in Files)
            stdout.WriteLine("  " + Fill(path, values));
        stdout.WriteLine($"Next: cd {directory} && theory check");
        return ExitCodes.Success;
    }

    /// <summary>PascalCase from the words of the name, or null when it has none; a leading digit gets a prefix.</summary>
    internal static string? TheoryName(string name)
    {
        var builder = new StringBuilder();
        var words = new string(name.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        if (builder.Length == 0)
            return null;
        if (char.IsDigit(builder[0]))
            builder.Insert(0, "Theory");
        return builder.ToString();
    }

    private static string FileStem(string theoryName)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < theoryName.Length; i++)
        {
            if (i > 0 && char.IsUpper(theoryName[i]) && !char.IsUpper(theoryName[i - 1]))
                builder.Append('-');
            builder.Append(char.ToLowerInvariant(theoryName[i]));
        }

        return builder.ToString();
    }

    private static string OneLine(string text) => string.Concat(text.Where(c => !char.IsControl(c)));

    /// <summary>The title inside a theory string literal: one line, backslashes and quotes escaped.</summary>
    private static string TheoryString(string title)
    {
        var quoted = Theory.Syntax.TheoryStringLiteral.Quote(OneLine(title));
        return quoted.Substring(1, quoted.Length - 2); // the template supplies the quotes
    }

    private static string Fill(string text, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values)
            text = text.Replace(key, value, StringComparison.Ordinal);
        return text;
    }

    private static string ReadTemplate(string name)
    {
        using var stream = typeof(NewCommand).Assembly.GetManifestResourceStream("templates/new/" + name)
            ?? throw new InvalidOperationException($"template {name} is missing from the tool");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
