namespace Theory.Compiler.Tests;

/// <summary>Compares actual output with an expected file; THEORY_BLESS=1 rewrites the file (refused on CI).</summary>
internal static class Baseline
{
    public static void AssertMatches(string expectedPath, string actual)
    {
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
            return;

        if (Environment.GetEnvironmentVariable("THEORY_BLESS") == "1")
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("THEORY_BLESS is refused when CI=true: bless locally and commit the baselines.");
            File.WriteAllText(expectedPath, actual);
            Assert.Fail($"Re-blessed {Path.GetFileName(expectedPath)}; review the diff and run the tests again.");
        }

        Assert.Fail(
            $"{Path.GetFileName(expectedPath)} does not match (re-bless with THEORY_BLESS=1 dotnet test after checking the change).\n" +
            $"--- expected ---\n{expected ?? "(file missing)"}\n--- actual ---\n{actual}");
    }
}
