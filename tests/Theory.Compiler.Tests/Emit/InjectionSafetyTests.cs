using System.Text.Json;
using System.Text.RegularExpressions;
using Theory.Emit;
using Theory.Emit.Csv;
using Theory.Emit.Json;
using Theory.Emit.Mermaid;

namespace Theory.Compiler.Tests.Emit;

/// <summary>
/// The hostile theory's text (quotes, terminators, directives, formula prefixes, control and
/// bidirectional characters) must come out of each format as data: parsed back, each output has
/// exactly the structure the theory implies and the text intact where the format can carry it.
/// (The C# is compiled by GeneratedModelTests; DOT is rendered by real Graphviz in the CLI tests.)
/// </summary>
public class InjectionSafetyTests
{
    private static readonly string Directory = Path.Combine(EmitTestCase.Root, "hostile");

    [Fact]
    public void Json_round_trips_every_string_exactly()
    {
        var compilation = EmitTestCase.Load(Directory);
        using var json = JsonDocument.Parse(JsonModelEmitter.Emit(compilation));
        var root = json.RootElement;
        Assert.Equal(compilation.Theory!.Description, root.GetProperty("theory").GetProperty("description").GetString());
        Assert.Equal(compilation.Theory.Title, root.GetProperty("theory").GetProperty("title").GetString());
        var constructs = root.GetProperty("constructs").EnumerateArray().ToList();
        Assert.Equal(compilation.Constructs.Select(c => c.Label), constructs.Select(c => c.GetProperty("label").GetString()));
        Assert.Equal(compilation.Constructs.Select(c => c.Description), constructs.Select(c => c.GetProperty("description").GetString()));
        var evidence = root.GetProperty("cmocs")[0].GetProperty("evidence");
        Assert.Equal("=cmd|' /C calc'!A0", evidence[0].GetProperty("quote").GetString());
    }

    [Fact]
    public void Csv_has_one_row_per_cmoc_and_no_cell_a_spreadsheet_would_run()
    {
        var compilation = EmitTestCase.Load(Directory);
        var text = CsvEmitter.Emit(compilation);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("[^\r]\n"), text);
        var rows = TestCsv.Parse(text);
        Assert.Equal(compilation.Cmocs.Length + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(CsvEmitter.Columns.Count, row.Count));
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell));
        Assert.Equal("'@SUM(1)", rows[2][1]);
        Assert.Equal("\"; System.Environment.Exit(1); \"", rows[1][1]);
    }

    [Fact]
    public void Mermaid_statements_keep_their_shape()
    {
        var compilation = EmitTestCase.Load(Directory);
        var lines = MermaidEmitter.Emit(compilation).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var body = lines.SkipWhile(l => l != "flowchart LR").Skip(1).ToList();
        var node = new Regex("^ +c[0-9]+(\\[|\\(\\[|\\()\"[^\"]*\"(\\]|\\]\\)|\\))$");
        var edge = new Regex("^ +c[0-9]+ -(->|\\.->)\\|\"[^\"]*\"\\| c[0-9]+$");
        var style = new Regex("^ +(classDef|class|linkStyle) [^\"]*$");
        Assert.All(body, line => Assert.True(node.IsMatch(line) || edge.IsMatch(line) || style.IsMatch(line), line));
        Assert.Equal(compilation.Constructs.Length, body.Count(node.IsMatch));
        Assert.Equal(compilation.Web.Edges.Length, body.Count(edge.IsMatch));
        Assert.DoesNotContain(body, l => l.Contains("%%", StringComparison.Ordinal) || l.Contains('`') || l.Contains('#') && !Regex.IsMatch(l, "#[0-9]+;|#[0-9a-f]{6}"));
    }

    [Fact]
    public void Dot_labels_cannot_end_their_string()
    {
        var compilation = EmitTestCase.Load(Directory);
        foreach (var artifact in ArtifactEmitter.EmitAll(compilation).Where(a => a.FileName.EndsWith(".dot", StringComparison.Ordinal)))
        {
            foreach (var line in artifact.GetText().Split('\n'))
            {
                // Outside escapes, quotes pair up on every line: no label leaks into the statement around it.
                var unescaped = Regex.Replace(line, @"\\.", "");
                Assert.True(unescaped.Count(c => c == '"') % 2 == 0, line);
            }
        }
    }
}
