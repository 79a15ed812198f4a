using System.Text;

namespace Theory.Cli.Output;

/// <summary>
/// Writes a build's outputs so that the folders hold either all of the previous outputs or all of
/// the new ones. Every file is first written into a staging folder inside its output folder (the
/// slow part, where a full disk or a kill is most likely); nothing the user sees changes until each
/// one is complete. Then, folder by folder, a journal lists the switch, each old file is moved into
/// a backup folder and each new one into place (renames on one file system: milliseconds). A
/// failure rolls every folder back; a build killed during the switch leaves its journal, and the
/// next build in that folder rolls it back (<see cref="Recover"/>) before it does anything else.
/// </summary>
/// <remarks>
/// Each folder keeps a manifest (<see cref="ManifestName"/>) of the files builds wrote to it. A file
/// in the way that is not in the manifest — a hand-written <c>NAME.cs</c> in a folder given as
/// <c>-o</c> — is someone else's, and the build refuses to replace it (unless it already holds
/// exactly the bytes the build would write, which adopts outputs from before manifests existed).
/// </remarks>
internal sealed class OutputTransaction : IDisposable
{
    /// <summary>The manifest: one file name per line, of every file builds wrote to the folder.</summary>
    public const string ManifestName = ".theory-outputs";

    private const string StagingPrefix = ".theory-staging-";
    private const string BackupPrefix = ".theory-backup-";
    private const string JournalName = ".theory-switch";
    private const long MaxManifestBytes = 1 << 20;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private bool _done;

    /// <summary>Fault injection for tests: called before each step of the switch, with the step's number.</summary>
    internal Action<int>? BeforeSwitchStep { get; init; }

    /// <summary>Writes a new file into the staging folder of <paramref name="directory"/>.</summary>
    public void Write(string directory, string fileName, Action<Stream> write) => WriteAll([(directory, fileName, write)]);

    /// <summary>
    /// Writes new files into the staging folders, several at a time: each is its own emitter's
    /// work, and for a large theory the JSON, the C# model, the diagrams and the workbook take
    /// seconds each. The files are recorded in the order given, so the switch, the manifest and
    /// any refusal are the same on every run; when writes fail, the first in that order is thrown.
    /// </summary>
    public void WriteAll(IReadOnlyList<(string Directory, string FileName, Action<Stream> Write)> files)
    {
        var folders = files.Select(f => FolderOf(f.Directory)).ToList();
        foreach (var folder in folders.Distinct())
            Directory.CreateDirectory(folder.Staging);

        var failures = new Exception?[files.Count];
        System.Threading.Tasks.Parallel.For(0, files.Count, i =>
        {
            try
            {
                using var stream = new FileStream(Path.Combine(folders[i].Staging, files[i].FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();

        for (var i = 0; i < files.Count; i++)
            folders[i].Written.Add(files[i].FileName);
    }

    /// <summary>Removes a file the build made before (a stale invalid marker) as part of the switch; a file no build made is left alone.</summary>
    public void Delete(string directory, string fileName)
    {
        var folder = FolderOf(directory);
        if (folder.Manifest.Contains(fileName) && File.Exists(Path.Combine(directory, fileName)))
            folder.Deleted.Add(fileName);
    }

    /// <summary>The full path of a file the switch would replace although no build made it, or null.</summary>
    public string? FindForeignFile()
    {
        foreach (var folder in _folders.Values)
        {
            foreach (var name in folder.Written)
            {
                var target = Path.Combine(folder.Directory, name);
                if (!Exists(target))
                    continue;
                // A folder in the way is never replaced, whatever the manifest (which is in the
                // repository) says: moving it aside would put someone's files in the backup.
                if (Directory.Exists(target))
                    return target;
                if (folder.Manifest.Contains(name))
                    continue;
                if (new FileInfo(target).LinkTarget is not null || !SameBytes(target, Path.Combine(folder.Staging, name)))
                    return target;
            }
        }

        return null;
    }

    /// <summary>Switches every folder to its new files, or, if any step fails, leaves every folder as it was and rethrows.</summary>
    public void Commit()
    {
        var step = 0;
        var switched = new List<Folder>();
        try
        {
            foreach (var folder in _folders.Values)
            {
                var manifest = new SortedSet<string>(folder.Manifest, StringComparer.Ordinal);
                manifest.UnionWith(folder.Written);
                manifest.ExceptWith(folder.Deleted);
                manifest.Add(ManifestName);
                Directory.CreateDirectory(folder.Staging);
                File.WriteAllText(Path.Combine(folder.Staging, ManifestName), string.Concat(manifest.Select(n => n + "\n")), Utf8);
                folder.Written.Add(ManifestName);

                var entries = folder.Written.Select(n => new JournalEntry(n, Exists(Path.Combine(folder.Directory, n)), HasNew: true))
                    .Concat(folder.Deleted.Select(n => new JournalEntry(n, HadOld: true, HasNew: false)))
                    .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
                BeforeSwitchStep?.Invoke(step++);
                WriteJournal(folder, entries);
                switched.Add(folder);
                Directory.CreateDirectory(folder.Backup);
                foreach (var entry in entries)
                {
                    BeforeSwitchStep?.Invoke(step++);
                    var target = Path.Combine(folder.Directory, entry.Name);
                    if (entry.HadOld)
                        Move(target, Path.Combine(folder.Backup, entry.Name));
                    if (entry.HasNew)
                        Move(Path.Combine(folder.Staging, entry.Name), target);
                }
            }
        }
        catch
        {
            foreach (var folder in switched)
                TryRollBack(folder.Directory);
            throw;
        }

        // Every folder holds its new files: the backups are no longer needed.
        _done = true;
        foreach (var folder in _folders.Values)
            Clean(folder.Directory);
    }

    /// <summary>Removes the staging folders of a build that did not commit.</summary>
    public void Dispose()
    {
        if (_done)
            return;
        foreach (var folder in _folders.Values)
            DeleteTree(folder.Staging);
    }

    /// <summary>
    /// Before a build uses a folder: rolls back a switch that a killed build left half-done, and
    /// removes what killed builds left behind (staging and backup folders, older temporary files).
    /// </summary>
    public static void Recover(string directory)
    {
        if (!Directory.Exists(directory))
            return;
        if (File.Exists(Path.Combine(directory, JournalName)))
            RollBack(directory);
        Clean(directory);
    }

    private static void RollBack(string directory)
    {
        var lines = File.ReadAllLines(Path.Combine(directory, JournalName), Utf8);
        if (lines.Length == 0 || !IsPlainName(lines[0]) || !lines[0].StartsWith(StagingPrefix, StringComparison.Ordinal))
        {
            File.Delete(Path.Combine(directory, JournalName));
            return;
        }

        var staging = Path.Combine(directory, lines[0]);
        var backup = Path.Combine(directory, lines[0].Replace(StagingPrefix, BackupPrefix, StringComparison.Ordinal));
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !IsPlainName(parts[0]))
                continue;
            var (name, hadOld, hasNew) = (parts[0], parts[1] == "1", parts[2] == "1");
            var target = Path.Combine(directory, name);
            if (File.Exists(Path.Combine(backup, name)))
                Move(Path.Combine(backup, name), target);
            else if (!hadOld && hasNew && !File.Exists(Path.Combine(staging, name)) && File.Exists(target))
                File.Delete(target);
        }

        File.Delete(Path.Combine(directory, JournalName));
    }

    private static void TryRollBack(string directory)
    {
        try
        {
            RollBack(directory);
            Clean(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The journal stays, so the next build finishes the roll-back.
        }
    }

    // Only what a build of ours could have left: our staging and backup folders, and the hidden
    // temporary files older versions wrote beside each output (`.NAME.1a2b3c4d.tmp`).
    private static void Clean(string directory)
    {
        if (File.Exists(Path.Combine(directory, JournalName)))
            File.Delete(Path.Combine(directory, JournalName));
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos(".theory-*"))
        {
            if (entry.Name.StartsWith(StagingPrefix, StringComparison.Ordinal) || entry.Name.StartsWith(BackupPrefix, StringComparison.Ordinal))
                DeleteTree(entry.FullName);
        }

        foreach (var file in new DirectoryInfo(directory).EnumerateFiles(".*.tmp"))
        {
            var parts = file.Name.Split('.');
            if (parts.Length >= 4 && parts[^2].Length == 8 && parts[^2].All(Uri.IsHexDigit) && file.LinkTarget is null)
                file.Delete();
        }
    }

    private Folder FolderOf(string directory)
    {
        if (!_folders.TryGetValue(directory, out var folder))
        {
            _folders[directory] = folder = new Folder(directory, Path.Combine(directory, StagingPrefix + _id), Path.Combine(directory, BackupPrefix + _id), ReadManifest(directory));
        }

        return folder;
    }

    private static HashSet<string> ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ManifestName);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > MaxManifestBytes)
            return names;
        foreach (var line in File.ReadAllLines(path, Utf8))
            if (IsPlainName(line))
                names.Add(line);
        return names;
    }

    private static void WriteJournal(Folder folder, List<JournalEntry> entries)
    {
        var text = new StringBuilder(Path.GetFileName(folder.Staging)).Append('\n');
        foreach (var entry in entries)
            text.Append(entry.Name).Append('\t').Append(entry.HadOld ? '1' : '0').Append('\t').Append(entry.HasNew ? '1' : '0').Append('\n');
        AtomicFileWriter.WriteText(Path.Combine(folder.Directory, JournalName), text.ToString());
    }

    // A name from a journal or manifest must be a plain file name in the folder: those files are
    // in the repository, so a `../` in them must not move or delete anything elsewhere.
    private static bool IsPlainName(string name) =>
        name.Length > 0 && name == Path.GetFileName(name) && name is not ("." or "..") && name.IndexOfAny(['/', '\\', '\0']) < 0;

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static void Move(string from, string to) => File.Move(from, to, overwrite: true);

    private static bool SameBytes(string a, string b)
    {
        var (x, y) = (new FileInfo(a), new FileInfo(b));
        if (x.Length != y.Length)
            return false;
        using var first = x.OpenRead();
        using var second = y.OpenRead();
        var (bufferA, bufferB) = (new byte[1 << 16], new byte[1 << 16]);
        while (true)
        {
            var read = first.ReadAtLeast(bufferA, bufferA.Length, throwOnEndOfStream: false);
            second.ReadAtLeast(bufferB, read, throwOnEndOfStream: false);
            if (read == 0)
                return true;
            if (!bufferA.AsSpan(0, read).SequenceEqual(bufferB.AsSpan(0, read)))
                return false;
        }
    }

    private static void DeleteTree(string path)
    {
        var info = new DirectoryInfo(path);
        if (info.LinkTarget is not null)
            info.Delete();                  // a link: never what it points to
        else if (info.Exists)
            info.Delete(recursive: true);
    }

    private sealed record Folder(string Directory, string Staging, string Backup, HashSet<string> Manifest)
    {
        public List<string> Written { get; } = [];

        public List<string> Deleted { get; } = [];
    }

    private sealed record JournalEntry(string Name, bool HadOld, bool HasNew);
}
