namespace Theory.Cli.Tests;

/// <summary>A folder's npm packages, installed from its lock file when a fresh clone has none.</summary>
internal static class NodeModules
{
    private static readonly Lock Gate = new();

    public static void EnsureInstalled(string folder, string package = "vscode-textmate")
    {
        lock (Gate)
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules", package)))
                return;
            var (exit, stdout, stderr) = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, "npm ci failed: " + stdout + stderr);
        }
    }
}
