using Theory.Projects;
using Theory.Text;

namespace Theory.Compiler.Tests.Adversarial;

/// <summary>
/// Files that are not what they seem: imports that try to leave the project root (by `..`, an
/// absolute path or a symbolic link), import cycles, directories, pipes, devices and files the
/// kernel refuses to read. Each is a diagnostic or a load problem; none hangs or throws.
/// Unreadable-by-permission files cannot be tested here (the tests run as root, and chmod does not
/// stop root), so a write-only kernel file (sysfs' /sys/bus/pci/rescan, which even root cannot
/// open for reading) stands in for one.
/// </summary>
public sealed class FileSystemAdversaryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("theory-adversary-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("theory-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private List<string> Diagnostics(string entry) =>
        [.. TheoryWorkspace.Load([entry], _root).GetDiagnostics().Where(d => d.Id.StartsWith("TH201", StringComparison.Ordinal)).Select(d => $"{d.Id}: {d.Message}")];

    [Fact]
    public void Imports_cannot_leave_the_root_by_dots_absolute_paths_or_symbolic_links()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.theory"), "construct secret\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "alias.theory"), Path.Combine(_outside, "secret.theory"));
        Write("theory.json", "{}");
        var main = Write("main.theory",
            $"import \"../{Path.GetFileName(_outside)}/secret.theory\"\n" +
            $"import \"{Path.Combine(_outside, "secret.theory")}\"\n" +
            "import \"linked/secret.theory\"\n" +
            "import \"alias.theory\"\n");

        var diagnostics = Diagnostics(main);
        Assert.Equal(4, diagnostics.Count);
        Assert.Equal(2, diagnostics.Count(d => d.StartsWith("TH2012", StringComparison.Ordinal)));
        Assert.Contains(diagnostics, d => d.Contains("\"alias.theory\": it is a symbolic link to a file outside the project root", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("\"linked/secret.theory\": a folder on its path is a symbolic link to outside the project root", StringComparison.Ordinal));
        Assert.DoesNotContain(TheoryWorkspace.Load([main], _root).Compilations.SelectMany(c => c.Constructs), c => c.Name == "secret");
    }

    // Imports were confined, but theory.json's sources were checked by name only: a source that is
    // a link, or a linked folder, read files from anywhere on the machine.
    [Fact]
    public void Sources_cannot_leave_the_root_through_symbolic_links()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.theory"), "construct secret\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "alias.theory"), Path.Combine(_outside, "secret.theory"));
        Write("theory.json", """{ "sources": ["alias.theory", "linked", "linked/secret.theory", "main.theory"] }""");
        Write("main.theory", "construct a\n");

        var workspace = TheoryWorkspace.Load([_root], _root);

        var outside = workspace.GetDiagnostics().Where(d => d.Id == "TH3008").Select(d => d.Message).ToList();
        Assert.Equal(3, outside.Count);
        Assert.Contains(outside, m => m.Contains("'linked'", StringComparison.Ordinal));
        Assert.DoesNotContain(workspace.Compilations.SelectMany(c => c.Constructs), c => c.Name == "secret");
        Assert.Contains(workspace.Compilations.SelectMany(c => c.Constructs), c => c.Name == "a");
    }

    [Fact]
    public void A_file_imported_by_its_link_and_by_its_own_path_is_one_file()
    {
        Write("shared/constructs.theory", "construct a\nconstruct b\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "also"), Path.Combine(_root, "shared"));
        File.CreateSymbolicLink(Path.Combine(_root, "link.theory"), Path.Combine(_root, "shared", "constructs.theory"));
        Write("theory.json", "{}");
        var main = Write("main.theory", """
            import "shared/constructs.theory"
            import "link.theory"
            import "also/constructs.theory"
            cmoc C: a => m -> b
            construct m
            """);

        var workspace = TheoryWorkspace.Load([main], _root);

        Assert.DoesNotContain(workspace.GetDiagnostics(), d => d.Id is "TH2006" or "TH2010" or "TH2012");
        var compilation = Assert.Single(workspace.Compilations);
        Assert.Single(compilation.Constructs, c => c.Name == "a");
    }

    [Fact]
    public void A_project_whose_root_is_the_file_system_root_imports_normally()
    {
        var files = new InMemoryFileProvider(new Dictionary<string, string>
        {
            ["/t.theory"] = "import \"lib/b.theory\"\nconstruct a\ncmoc C: a => m -> b\n",
            ["/lib/b.theory"] = "construct b\nconstruct m\n",
        });
        var workspace = TheoryWorkspace.Load(["/t.theory"], new WorkspaceOptions { BaseDirectory = "/", FileProvider = files });
        Assert.DoesNotContain(workspace.GetDiagnostics(), d => d.Id is "TH2010" or "TH2012");
        Assert.Contains(workspace.Compilations.Single().Constructs, c => c.Name == "b");
    }

    [Fact]
    public void An_output_folder_that_is_a_link_to_outside_the_project_is_caught_by_the_plan()
    {
        Write("theory.json", """{ "output": "out" }""");
        Write("main.theory", "construct a\n");
        Directory.CreateSymbolicLink(Path.Combine(_root, "out"), _outside);

        var plan = BuildPlan.Create(TheoryWorkspace.Load([_root], _root));
        Assert.Equal(Path.Combine(_root, "out"), plan.LeavesProject);

        Directory.Delete(Path.Combine(_root, "out"));
        Assert.Null(BuildPlan.Create(TheoryWorkspace.Load([_root], _root)).LeavesProject);
    }

    [Fact]
    public void Import_cycles_including_a_file_importing_itself_are_reported_once_each()
    {
        Write("theory.json", "{}");
        var self = Write("self.theory", "import \"self.theory\"\nconstruct s\n");
        Write("a.theory", "import \"b.theory\"\nconstruct a\n");
        Write("b.theory", "import \"c.theory\"\nconstruct b\n");
        Write("c.theory", "import \"a.theory\"\nconstruct c\n");

        var diagnostics = TheoryWorkspace.Load([_root], _root).GetDiagnostics().Where(d => d.Id == "TH2011").Select(d => d.Message).ToList();
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, m => m.Contains("self.theory -> self.theory", StringComparison.Ordinal));
        Assert.Contains(diagnostics, m => m.Contains("a.theory -> b.theory -> c.theory -> a.theory", StringComparison.Ordinal));
        Assert.True(File.Exists(self));
    }

    [Fact]
    public void A_directory_named_like_a_theory_is_reported_where_a_file_is_expected()
    {
        Directory.CreateDirectory(Path.Combine(_root, "folder.theory"));
        var main = Write("main.theory", "import \"folder.theory\"\n");
        Assert.Contains("TH2010: cannot import \"folder.theory\": it is a directory, not a file", Diagnostics(main));
        Assert.Equal("it is a directory, not a file", ReadError(Path.Combine(_root, "folder.theory")));
    }

    [Fact]
    public void Pipes_and_devices_are_never_opened_so_they_cannot_hang_or_flood_the_compiler()
    {
        var pipe = Path.Combine(_root, "pipe.theory");
        Assert.Equal(0, Mkfifo(pipe));
        var zero = Path.Combine(_root, "zero.theory");
        File.CreateSymbolicLink(zero, "/dev/zero");
        Write("main.theory", "construct a\n");

        // Opening the pipe would block until a writer came; reading /dev/zero would never end.
        var workspace = TheoryWorkspace.Load([_root], _root);
        Assert.Empty(workspace.LoadDiagnostics);
        Assert.Contains(workspace.Files, f => f.EndsWith("pipe.theory", StringComparison.Ordinal));
        Assert.Equal("", SourceFile.TryRead(pipe, out _)!.ToString());
        Assert.Equal("", SourceFile.TryRead(zero, out _)!.ToString());
        Assert.Empty(TheoryWorkspace.Load([zero], _root).LoadDiagnostics);
    }

    [Fact]
    public void A_file_the_kernel_refuses_to_read_is_a_load_problem_not_a_crash()
    {
        const string writeOnly = "/sys/bus/pci/rescan";
        Assert.True(File.Exists(writeOnly), $"{writeOnly} stands in for an unreadable file; this machine has no sysfs");
        var unreadable = Path.Combine(_root, "rescan.theory");
        File.CreateSymbolicLink(unreadable, writeOnly);
        var problem = Assert.Single(TheoryWorkspace.Load([unreadable], _root).LoadDiagnostics);
        Assert.Equal("TH3006", problem.Id);
        Assert.Contains("cannot read 'rescan.theory'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_an_imported_file_is_an_unresolved_import_with_the_reason()
    {
        File.WriteAllBytes(Path.Combine(_root, "latin1.theory"), [.. "construct caf"u8, 0xE9, .. "\n"u8]);
        var main = Write("main.theory", "import \"latin1.theory\"\n");
        var diagnostic = Assert.Single(Diagnostics(main));
        Assert.Contains("not valid UTF-8 (invalid byte at offset 13)", diagnostic, StringComparison.Ordinal);
    }

    private static string? ReadError(string path)
    {
        SourceFile.TryRead(path, out var error);
        return error;
    }

    private static int Mkfifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        return process.ExitCode;
    }
}
