using System.Diagnostics;
using Theory.Cli.Output;

namespace Theory.Cli.Tests;

/// <summary>
/// A build's outputs are all new or all old, whatever stops it: a failure part-way through, a
/// process killed while writing or while switching, and it never replaces a file no build made.
/// </summary>
public class WholeBuildTests
{
    private const string Old = """
        theory T {}
        construct a
        construct b
        construct c
        cmoc C1 { context high a mechanism increased b outcome increased c evidence interview "x", survey "y" }
        """;

    private const string New = """
        theory T {}
        construct a "A, renamed"
        construct b
        construct c
        construct d
        construct e
        cmoc C1 { context high a mechanism increased b outcome increased c evidence interview "x", survey "y" }
        cmoc C2 { context high c mechanism increased d outcome increased e evidence interview "x", survey "y" }
        """;

    // Every file under a folder (hidden ones too) with its bytes.
    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
    }

    private static (int Exit, string Output) Build(TempDirectory temp, Action<int>? beforeSwitchStep = null, params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var context = new CliContext(stdout, stderr, temp.Path, Environment.GetEnvironmentVariable) { BeforeSwitchStep = beforeSwitchStep };
        var exit = TheoryCommandLine.Run(["build", "t.theory", "-o", "out", "--no-svg", .. extra], context);
        return (exit, stdout.ToString() + stderr);
    }

    [Fact]
    public void A_failure_at_any_step_of_the_switch_leaves_every_previous_output_as_it_was()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        Assert.Equal(0, Build(temp).Exit);
        var before = Snapshot(Path.Combine(temp.Path, "out"));
        temp.Write("t.theory", New);

        var steps = 0;
        Build(temp, step => steps = Math.Max(steps, step + 1));
        temp.Write("t.theory", Old);
        Assert.Equal(0, Build(temp).Exit);                               // back to the old outputs
        temp.Write("t.theory", New);
        Assert.True(steps > 5, $"only {steps} steps");

        for (var failAt = 0; failAt < steps; failAt++)
        {
            var (exit, output) = Build(temp, step =>
            {
                if (step == failAt)
                    throw new IOException("disk full (simulated)");
            });
            Assert.Equal(2, exit);
            Assert.Contains("the previous outputs are unchanged", output, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(Path.Combine(temp.Path, "out")));
        }
    }

    // Two projects in one build: a failure while switching the second folder also rolls back the
    // first, already switched, so the build as a whole is all old.
    [Fact]
    public void A_failure_in_one_output_folder_rolls_back_every_folder_of_the_build()
    {
        using var temp = new TempDirectory();
        foreach (var project in new[] { "a", "b" })
        {
            temp.Write($"{project}/theory.json", "{}");
            temp.Write($"{project}/t.theory", Old.Replace("theory T", $"theory T{project}", StringComparison.Ordinal));
        }

        (int Exit, string Output) BuildBoth(Action<int>? hook)
        {
            var stdout = new StringWriter();
            var context = new CliContext(stdout, stdout, temp.Path, Environment.GetEnvironmentVariable) { BeforeSwitchStep = hook };
            return (TheoryCommandLine.Run(["build", "a", "b", "--no-svg"], context), stdout.ToString());
        }

        Assert.Equal(0, BuildBoth(null).Exit);
        var before = (Snapshot(Path.Combine(temp.Path, "a", "out")), Snapshot(Path.Combine(temp.Path, "b", "out")));
        foreach (var project in new[] { "a", "b" })
            temp.Write($"{project}/t.theory", New.Replace("theory T", $"theory T{project}", StringComparison.Ordinal));

        var steps = 0;
        BuildBoth(step => steps = Math.Max(steps, step + 1));
        foreach (var project in new[] { "a", "b" })
            temp.Write($"{project}/t.theory", Old.Replace("theory T", $"theory T{project}", StringComparison.Ordinal));
        Assert.Equal(0, BuildBoth(null).Exit);
        foreach (var project in new[] { "a", "b" })
            temp.Write($"{project}/t.theory", New.Replace("theory T", $"theory T{project}", StringComparison.Ordinal));

        var (exit, output) = BuildBoth(step =>
        {
            if (step == steps - 1)
                throw new IOException("disk full (simulated) in the last step");
        });
        Assert.Equal(2, exit);
        Assert.Contains("the previous outputs are unchanged", output, StringComparison.Ordinal);
        Assert.Equal(before.Item1, Snapshot(Path.Combine(temp.Path, "a", "out")));
        Assert.Equal(before.Item2, Snapshot(Path.Combine(temp.Path, "b", "out")));
    }

    [Fact]
    public void Files_written_at_the_same_time_fail_as_one_the_first_failure_in_order_reported_and_nothing_switched_in()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "kept.txt"), "old");
        File.WriteAllText(Path.Combine(output, OutputTransaction.ManifestName), "kept.txt\n");
        var before = Snapshot(output);

        var failure = Assert.Throws<IOException>(() =>
        {
            using var transaction = new OutputTransaction();
            transaction.WriteAll(
            [
                (output, "kept.txt", stream => stream.Write("new"u8)),
                (output, "second.txt", _ => throw new IOException("second")),
                (output, "third.txt", _ => throw new IOException("third")),
                (output, "fourth.txt", stream => stream.Write("4"u8)),
            ]);
            transaction.Commit();
        });

        Assert.Equal("second", failure.Message);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void Files_written_at_the_same_time_are_switched_in_together()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        using (var transaction = new OutputTransaction())
        {
            transaction.WriteAll([.. Enumerable.Range(0, 20).Select(i => (output, $"f{i:00}.txt", (Action<Stream>)(stream => stream.Write(System.Text.Encoding.UTF8.GetBytes($"file {i}")))))]);
            transaction.Commit();
        }

        var files = Snapshot(output);
        Assert.Equal(21, files.Count); // and the manifest
        Assert.Equal(Convert.ToHexString("file 7"u8), files["f07.txt"]);
        Assert.Equal(string.Join("\n", Enumerable.Range(0, 20).Select(i => $"f{i:00}.txt").Prepend(OutputTransaction.ManifestName).Order(StringComparer.Ordinal)) + "\n",
            File.ReadAllText(Path.Combine(output, OutputTransaction.ManifestName)));
    }

    // A kill during the switch leaves a journal; the next build rolls the folder back before
    // anything else. The hook copies the folder as a killed build would have left it.
    [Fact]
    public void A_build_killed_at_any_step_of_the_switch_is_rolled_back_by_the_next_one()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        Assert.Equal(0, Build(temp).Exit);
        var output = Path.Combine(temp.Path, "out");
        var before = Snapshot(output);
        temp.Write("t.theory", New);

        for (var killAt = 0; ; killAt++)
        {
            var left = Path.Combine(temp.Path, $"killed-{killAt}");
            var reached = false;
            var (exit, _) = Build(temp, step =>
            {
                if (step != killAt)
                    return;
                reached = true;
                CopyTree(output, left);
                throw new IOException("stop here");
            });
            if (!reached)
            {
                Assert.Equal(0, exit);                                    // every step was tried
                Assert.True(killAt > 5);
                break;
            }

            OutputTransaction.Recover(left);
            Assert.Equal(before, Snapshot(left));
        }
    }

    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_outputs_and_the_next_build_cleans_up()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        Assert.Equal(0, Build(temp).Exit);
        var output = Path.Combine(temp.Path, "out");
        var before = Snapshot(output);

        // Large enough that writing its outputs takes a while: the kill lands while they are staged.
        var big = new System.Text.StringBuilder("theory T {}\n");
        for (var i = 0; i < 8_000; i++)
            big.Append($"construct k{i} \"{new string('x', 40)}\"\ncmoc C{i} {{ context high k{i} mechanism increased k{i + 1} outcome increased k{i + 2} }}\n");
        big.Append("construct k8000\nconstruct k8001\n");
        temp.Write("t.theory", big.ToString());

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Path, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "theory.dll"), "build", "t.theory", "-o", "out", "--no-svg", "--force" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60)
               && !Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any(f => f.Contains(".theory-staging-", StringComparison.Ordinal) && new FileInfo(f).Length > 0))
            Thread.Sleep(1);
        Assert.False(process.HasExited, "the build finished before it could be killed");
        process.Kill(entireProcessTree: true);                          // SIGKILL: no clean-up runs
        process.WaitForExit();

        var left = Snapshot(output);
        Assert.Contains(left.Keys, k => k.StartsWith(".theory-staging-", StringComparison.Ordinal));
        Assert.Equal(before, new SortedDictionary<string, string>(left.Where(p => !p.Key.StartsWith(".theory-staging-", StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal));

        temp.Write("t.theory", New);
        Assert.Equal(0, Build(temp).Exit);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".theory-staging-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_no_build_made_is_never_replaced()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        var handWritten = temp.Write("out/T.cs", "// my own code\n");

        var (exit, output) = Build(temp);

        Assert.Equal(2, exit);
        Assert.Contains("would replace 'out/T.cs', which no build made", output.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal("// my own code\n", File.ReadAllText(handWritten));
        Assert.Equal(["T.cs"], Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_in_the_way_is_never_replaced_even_if_the_manifest_lists_it()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        temp.Write("out/T.json/keep.txt", "mine");
        temp.Write("out/" + OutputTransaction.ManifestName, "T.json\n");

        var (exit, output) = Build(temp);

        Assert.Equal(2, exit);
        Assert.Contains("which no build made", output, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "out", "T.json", "keep.txt")));
    }

    [Fact]
    public void Outputs_a_build_made_are_replaced_and_identical_older_ones_are_adopted()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        Assert.Equal(0, Build(temp).Exit);
        var output = Path.Combine(temp.Path, "out");
        Assert.Contains("T.json", File.ReadAllLines(Path.Combine(output, OutputTransaction.ManifestName)));

        // Outputs from before manifests: the same bytes as the build writes, so they are its own.
        File.Delete(Path.Combine(output, OutputTransaction.ManifestName));
        Assert.Equal(0, Build(temp).Exit);

        temp.Write("t.theory", New);
        Assert.Equal(0, Build(temp).Exit);
        Assert.Contains("A, renamed", File.ReadAllText(Path.Combine(output, "T.json")), StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(output), e => Path.GetFileName(e).StartsWith(".theory-", StringComparison.Ordinal)
            && Path.GetFileName(e) != OutputTransaction.ManifestName);
    }

    [Fact]
    public void Temporary_files_left_by_killed_builds_of_older_versions_are_removed()
    {
        using var temp = new TempDirectory();
        temp.Write("t.theory", Old);
        temp.Write("out/.T.json.1a2b3c4d.tmp", new string('x', 1000));
        temp.Write("out/.theory-staging-0badf00d/T.json", "half");
        temp.Write("out/.notes.tmp", "not ours: no build id");

        Assert.Equal(0, Build(temp).Exit);

        var names = Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "out")).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(".T.json.1a2b3c4d.tmp", names);
        Assert.DoesNotContain(".theory-staging-0badf00d", names);
        Assert.Contains(".notes.tmp", names);
    }

    [Fact]
    public void A_journal_naming_paths_outside_its_folder_moves_nothing()
    {
        using var temp = new TempDirectory();
        var victim = temp.Write("victim.txt", "keep");
        temp.Write("out/.theory-switch", ".theory-staging-00000000\n../victim.txt\t0\t1\n");
        temp.Write("out/.theory-backup-00000000/x", "y");

        OutputTransaction.Recover(Path.Combine(temp.Path, "out"));

        Assert.Equal("keep", File.ReadAllText(victim));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(temp.Path, "out")));
    }
}
