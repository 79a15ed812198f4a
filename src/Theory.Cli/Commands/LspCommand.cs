using System.CommandLine;
using Theory.Diagnostics;
using Theory.LanguageServer;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory lsp`: the language server over standard input and output, for editors (the VS Code
/// extension, Neovim, any LSP client). The same tool as the command line, so one install gives both.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliContext context)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk over standard input and output (the default and only transport; accepted because clients pass it)." };
        var command = new Command("lsp", "Run the language server (Language Server Protocol over standard input and output) for editors.") { stdio };
        command.SetAction(_ =>
        {
            var options = new LanguageServerOptions { Version = ToolVersion.Current, HelpUri = id => HelpPageUri(id, context) };
            using var input = context.StandardInput();
            using var output = context.StandardOutput();
            return TheoryLanguageServer.RunAsync(input, output, options).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>
    /// A diagnostic's page, as a file the editor can open offline: the pages embedded in the tool are
    /// written once per version under the user's cache folder. Null when that folder cannot be written.
    /// </summary>
    private static string? HelpPageUri(string id, CliContext context)
    {
        if (DiagnosticDescriptors.Find(id) is not { } descriptor)
            return null;
        try
        {
            var cache = context.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "theory");
            var folder = Path.Combine(cache, "theory-docs", ToolVersion.Current);
            var path = Path.Combine(folder, descriptor.Id + ".md");
            if (!File.Exists(path))
            {
                using var stream = typeof(LspCommand).Assembly.GetManifestResourceStream($"diagnostics/{descriptor.Id}.md");
                if (stream is null)
                    return null;
                Directory.CreateDirectory(folder);
                using var reader = new StreamReader(stream);
                Output.AtomicFileWriter.WriteText(path, reader.ReadToEnd());
            }

            return new Uri(path).AbsoluteUri;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
