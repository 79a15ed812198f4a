using System.Text.Json.Nodes;

namespace Theory.Cli.Tests.LanguageServer;

/// <summary>
/// A real editor: headless Neovim with its built-in LSP client starts `theory lsp`, shows the
/// diagnostic of a theory with an error, and renames a construct across two files, which it writes.
/// </summary>
public class NeovimTests
{
    [Fact]
    public void Neovim_shows_diagnostics_and_renames_across_two_files()
    {
        using var temp = new TempDirectory();
        var constructs = temp.Write("constructs.theory", "construct trust { kind cognitive }\nconstruct faith { kind cognitive }\nconstruct outcome_x { kind state }\n");
        var main = temp.Write("main.theory", "import \"constructs.theory\"\n\ncmoc C1: high trust => increased faithh -> increased outcome_x\n  evidence interview \"P1\", interview \"P2\"\n");
        var resultPath = Path.Combine(temp.Path, "result.json");
        var script = Path.Combine(AppContext.BaseDirectory, "LanguageServer", "Neovim", "lsp-session.lua");

        var (exit, stdout, stderr) = ProcessRunner.Run(
            "nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", $"luafile {script}"], temp.Path, TimeSpan.FromSeconds(90),
            new Dictionary<string, string?>
            {
                ["THEORY_DLL"] = Path.Combine(AppContext.BaseDirectory, "theory.dll"),
                ["THEORY_ROOT"] = temp.Path,
                ["THEORY_RESULT"] = resultPath,
            });
        Assert.True(File.Exists(resultPath), $"Neovim wrote no result (exit {exit}): {stdout}{stderr}");
        var result = JsonNode.Parse(File.ReadAllText(resultPath))!;
        Assert.Empty(result["errors"]!.AsArray());

        var diagnostic = result["diagnostics"]!.AsArray().Single()!;
        Assert.Equal("TH2001", (string?)diagnostic["code"]);
        Assert.Equal("construct `faithh` is not declared; did you mean `faith`?", (string?)diagnostic["message"]);
        Assert.Equal(2, (int?)diagnostic["line"]);

        Assert.True((bool?)result["renamed"]);
        Assert.Equal("construct mutual_trust { kind cognitive }\nconstruct faith { kind cognitive }\nconstruct outcome_x { kind state }\n", File.ReadAllText(constructs));
        Assert.Equal("import \"constructs.theory\"\n\ncmoc C1: high mutual_trust => increased faithh -> increased outcome_x\n  evidence interview \"P1\", interview \"P2\"\n", File.ReadAllText(main));
    }
}
