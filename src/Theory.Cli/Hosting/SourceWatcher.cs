namespace Theory.Cli.Hosting;

/// <summary>
/// Watches a theory's folders for saved sources (<c>*.theory</c>, <c>*.bib</c>, <c>theory.json</c>)
/// and calls back once things have been quiet for a moment: an editor's save is often several
/// events (write a temporary, rename it over the file), and one rebuild per save is what is wanted.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Action _changed;

    public SourceWatcher(IEnumerable<string> folders, Action changed)
    {
        _changed = changed;
        _timer = new Timer(_ => _changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Whether a file of this name is a source of a theory (what a save of it changes).</summary>
    public static bool IsSource(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".theory", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".bib", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "theory.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The folders to watch for a command's paths: each folder given, and the folder of each file.</summary>
    public static IEnumerable<string> FoldersOf(IEnumerable<string> paths, string workingDirectory)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            list.Add(".");
        foreach (var path in list)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (Directory.Exists(full))
                yield return full;
            else if (Path.GetDirectoryName(full) is { } folder && Directory.Exists(folder))
                yield return folder;
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (IsSource(e.FullPath) || (e is RenamedEventArgs renamed && IsSource(renamed.OldFullPath)))
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer.Dispose();
    }
}
