namespace Theory.Compiler.Tests;

/// <summary>Compares actual output with an expected file; THEORY_BLESS=1 rewrites the file (refused on CI).</summary>
internal static class Baseline
{
    /// <summary>Checks several outputs, blessing all of them in one run when THEORY_BLESS=1.</summary>
    public static void AssertAllMatch(IEnumerable<(string ExpectedPath, string Actual)> outputs)
    {
        var failures = new List<string>();
        foreach (var (path, actual) in outputs)
        {
            try
            {
                AssertMatches(path, actual);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }

        if (failures.Count > 0)
            Assert.Fail(string.Join("\n\n", failures));
    }

    public static void AssertMatches(string expectedPath, string actual)
    {
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        // Baselines are compared with LF line ends so a checkout's line-ending conversion cannot fail
        // them; the CSV emitter's CRLF rows are asserted separately.
        if (expected == actual.ReplaceLineEndings("\n"))
            return;

        if (Environment.GetEnvironmentVariable("THEORY_BLESS") == "1")
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("THEORY_BLESS is refused when CI=true: bless locally and commit the baselines.");
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            Assert.Fail($"Re-blessed {Path.GetFileName(expectedPath)}; review the diff and run the tests again.");
        }

        Assert.Fail(
            $"{Path.GetFileName(expectedPath)} does not match (re-bless with THEORY_BLESS=1 dotnet test after checking the change).\n" +
            $"--- expected ---\n{expected ?? "(file missing)"}\n--- actual ---\n{actual}");
    }
}
