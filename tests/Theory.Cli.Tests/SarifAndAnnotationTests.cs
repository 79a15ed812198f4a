using System.Text.Json;

namespace Theory.Cli.Tests;

public class SarifAndAnnotationTests
{
    private const string Sample = """
        construct trust
        construct faith
        construct leftover
        cmoc C1: high trust => increased faith -> increased trust
        cmoc "unterminated
        """;

    [Fact]
    public void Sarif_output_validates_against_the_sarif_2_1_0_schema()
    {
        using var temp = new TempDirectory();
        temp.Write("dir with space/a.theory", Sample);
        var (exit, stdout, stderr) = TheoryProcess.Run(temp.Path, "check", "--format", "sarif", "dir with space");
        Assert.Equal(1, exit);
        Assert.Equal("", stderr);

        using var schema = ReadSarifSchema();
        Assert.Empty(Draft4Validator.Unsupported(schema.RootElement));
        using var instance = JsonDocument.Parse(stdout);
        var errors = new Draft4Validator(schema.RootElement).Validate(instance.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        using var json = JsonDocument.Parse(stdout);
        var run = json.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "TH1003" && r.GetProperty("level").GetString() == "error");
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "TH2009" && r.GetProperty("level").GetString() == "warning");
        var uri = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("dir%20with%20space/a.theory", uri);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        foreach (var r in results)
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
    }

    [Fact]
    public void The_schema_validator_rejects_invalid_sarif()
    {
        using var schema = ReadSarifSchema();
        var validator = new Draft4Validator(schema.RootElement);
        using var wrongVersion = JsonDocument.Parse("""{ "version": "2.0.0", "runs": [] }""");
        using var extraProperty = JsonDocument.Parse("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "t" } }, "bogus": 1 } ] }""");
        using var valid = JsonDocument.Parse("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "t" } }, "results": [] } ] }""");
        Assert.NotEmpty(validator.Validate(wrongVersion.RootElement));
        Assert.NotEmpty(validator.Validate(extraProperty.RootElement));
        Assert.Empty(validator.Validate(valid.RootElement));
    }

    [Fact]
    public void Github_annotations_escape_text_that_could_break_out_of_the_command()
    {
        using var temp = new TempDirectory();
        // A construct name cannot hold `::` or newlines, but an alias can carry `%`, `,` and `:` into a message.
        temp.Write("a.theory", """
            construct trust { aliases "x %0A::error file=evil::pwned, y" }
            construct other { aliases "x %0A::error file=evil::pwned, y" }
            """);
        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--format", "github", "a.theory");
        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var annotation = Assert.Single(lines, l => l.Contains("TH2007", StringComparison.Ordinal));
        Assert.StartsWith("::error file=a.theory,line=2,col=", annotation);
        Assert.Contains("title=TH2007%3A Alias claimed by two constructs::", annotation);
        // The payload's `%` is escaped, so `%0A` cannot become a newline and `::error` stays inside the message.
        Assert.Contains("x %250A::error file=evil::pwned, y", annotation);
        Assert.Equal(1, lines.Count(l => l.StartsWith("::error", StringComparison.Ordinal)));
    }

    [Fact]
    public void Warnaserror_and_severity_min_change_what_is_reported_and_the_exit_code()
    {
        using var temp = new TempDirectory();
        temp.Write("a.theory", "construct trust\nconstruct faith\nconstruct behaviour\nconstruct unused\ncmoc C1: high trust => increased faith -> increased behaviour\n");
        temp.Write("b.theory", "construct a\nconstruct b\nlink a -> b\n");

        var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "b.theory");
        Assert.Equal(0, exit);
        Assert.Contains("info TH2106", stdout);

        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--severity-min", "warning", "b.theory");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("TH2106", stdout);

        var (plain, _, _) = TheoryProcess.Run(temp.Path, "check", "--severity-min", "warning", "a.theory");
        (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--warnaserror", "--severity-min", "error", "a.theory");
        Assert.Equal(0, plain);
        Assert.Equal(1, exit);
        Assert.Contains("error TH2009", stdout);
    }

    private static JsonDocument ReadSarifSchema() => JsonDocument.Parse(File.ReadAllText(Path.Combine(
        TheoryProcess.RepositoryRoot, "tests", "Theory.Cli.Tests", "Schemas", "sarif-2.1.0-rtm.5.json")));

    [Fact]
    public void A_file_name_cannot_start_a_line_or_a_workflow_command_or_an_escape_sequence()
    {
        using var temp = new TempDirectory();
        var name = "evil\n::error title=pwned::gotcha\u001b[31m.theory";
        temp.Write(name, "construct a { kind nonsense }\n");
        foreach (var format in new[] { "text", "github" })
        {
            var (exit, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--format", format, ".");
            Assert.Equal(1, exit);
            Assert.DoesNotContain(stdout.Split('\n'), line => line.StartsWith("::error title=pwned", StringComparison.Ordinal));
            Assert.DoesNotContain('\u001b', stdout);
            Assert.Contains("U+000A", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Theory_text_in_sarif_messages_is_never_an_embedded_link()
    {
        using var temp = new TempDirectory();
        temp.Write("a.theory", "construct x { aliases \"[click](https://evil.example)\" }\nconstruct y { aliases \"[click](https://evil.example)\" }\n");
        var (_, stdout, _) = TheoryProcess.Run(temp.Path, "check", "--format", "sarif", "a.theory");
        using var sarif = JsonDocument.Parse(stdout);
        var messages = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("message").GetProperty("text").GetString()!).ToList();
        var claimed = Assert.Single(messages, m => m.Contains("click", StringComparison.Ordinal));
        Assert.Contains("\\[click\\](https://evil.example)", claimed, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\[click", claimed);
    }
}
