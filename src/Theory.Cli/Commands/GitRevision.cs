using System.Diagnostics;
using System.Text;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>
/// The files of a folder (or file) as they were at a git revision, read with `git ls-tree` and
/// `git show` — no checkout, so the working copy is never touched. A revision is a command-line
/// argument handed to git, so one that could be read as an option is refused.
/// </summary>
internal static class GitRevision
{
    private static readonly string[] Extensions = [".theory", ".bib", ".json", ".ris"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A file provider holding the theory files, bibliographies and theory.json under <paramref name="fullPath"/>
    /// at <paramref name="revision"/>, at the paths they have in the working copy; null with the reason.
    /// </summary>
    public static InMemoryFileProvider? Files(string workingDirectory, string revision, string fullPath, out string? error)
    {
        if (revision.Length == 0 || revision[0] == '-' || revision.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            error = $"'{revision}' is not a revision";
            return null;
        }

        if (Git(workingDirectory, out error, "rev-parse", "--show-toplevel") is not { } top)
            return null;
        var root = top.Trim();
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            error = $"'{fullPath}' is not inside the git repository at '{root}'";
            return null;
        }

        if (Git(root, out error, "rev-parse", "--verify", "--quiet", revision + "^{commit}") is null)
        {
            error = $"'{revision}' is not a commit of the repository at '{root}'";
            return null;
        }

        var listing = Git(root, out error, "ls-tree", "-r", "-z", "--name-only", revision, "--", relative == "." ? "" : relative);
        if (listing is null)
            return null;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var path in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                continue;
            if (Git(root, out error, "show", revision + ":" + path) is not { } text)
                return null;
            files.Add(new KeyValuePair<string, string>(Path.Combine(root, path), text));
        }

        if (files.Count == 0)
        {
            error = $"there are no theory files under '{relative}' at {revision}";
            return null;
        }

        error = null;
        return new InMemoryFileProvider(files);
    }

    private static string? Git(string directory, out string? error, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                error = "git did not answer within a minute";
                return null;
            }

            if (process.ExitCode != 0)
            {
                error = "git: " + errors.Result.Trim().Split('\n')[0];
                return null;
            }

            error = null;
            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            error = "git is not installed (or not on PATH); it is needed to read revisions";
            return null;
        }
    }
}
