using System.Diagnostics;

namespace Theory.Cli.Rendering;

/// <summary>
/// Renders DOT through the real Graphviz <c>dot</c> executable. The DOT text goes in on stdin and the
/// image comes back on stdout, so no temporary files; a timeout kills <c>dot</c> (and its children)
/// if a huge or pathological graph would take too long.
/// </summary>
internal sealed class GraphvizRenderer
{
    /// <summary>Environment variable that names the dot executable, overriding the PATH search.</summary>
    public const string DotVariable = "THEORY_DOT";

    public const string InstallHint =
        "Graphviz's 'dot' was not found. Install Graphviz (Debian/Ubuntu: 'apt-get install graphviz'; macOS: 'brew install graphviz'; " +
        "Windows: 'winget install graphviz'), or set THEORY_DOT to the dot executable. '--format dot' works without it.";

    private readonly string _dot;
    private readonly TimeSpan _timeout;

    private GraphvizRenderer(string dot, TimeSpan timeout)
    {
        _dot = dot;
        _timeout = timeout;
    }

    /// <summary>A renderer, or null with <paramref name="error"/> saying how to install Graphviz.</summary>
    public static GraphvizRenderer? Find(TimeSpan timeout, Func<string, string?> environment, out string? error)
    {
        var dot = Locate(environment);
        error = dot is null ? InstallHint : null;
        return dot is null ? null : new GraphvizRenderer(dot, timeout);
    }

    /// <summary>
    /// Spacings tried, in order, when a layout prints two edge labels over each other: a little
    /// more room between nodes is enough for `dot` to place them apart.
    /// </summary>
    private const int LegibleRetryLimit = 200_000;

    private static readonly string[][] Respacings = [[], ["-Gnodesep=0.45"], ["-Gnodesep=0.45", "-Granksep=0.8"], ["-Gnodesep=0.6", "-Granksep=1"]];

    /// <summary>
    /// Renders like <see cref="Render"/>, but lays the graph out again with more spacing while edge
    /// labels overprint (checked on the SVG); the last spacing is used if none is clean.
    /// </summary>
    public byte[] RenderLegible(string dotText, string format, IReadOnlyList<string>? arguments = null)
    {
        arguments ??= [];
        // A large map is laid out once: each attempt costs a full layout, and its labels are read
        // by zooming in on a screen, not in print.
        if (dotText.Length > LegibleRetryLimit)
            return Render(dotText, format, arguments);
        for (var i = 0; i < Respacings.Length; i++)
        {
            var attempt = arguments.Concat(Respacings[i]).ToList();
            var svg = Render(dotText, "svg", attempt);
            if (!EdgeLabelOverlap.Any(svg) || i == Respacings.Length - 1)
                return format == "svg" ? svg : Render(dotText, format, attempt);
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Renders to <paramref name="format"/> (svg, png, pdf). Throws <see cref="GraphvizException"/> on failure.</summary>
    public byte[] Render(string dotText, string format, IEnumerable<string>? arguments = null)
    {
        var start = new ProcessStartInfo(_dot)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-T" + format);
        foreach (var argument in arguments ?? [])
            start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new GraphvizException($"could not start '{_dot}': {e.Message}. {InstallHint}");
        }

        // Read both streams while writing, or a large graph deadlocks on a full pipe. The DOT is
        // written in the background and the timeout starts now: a `dot` that never reads its input
        // would otherwise block the write, and the whole command, for ever.
        using var output = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(output);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = Task.Run(() =>
        {
            try
            {
                using var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false));
                input.Write(dotText);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // dot exited early, or was stopped; its exit code and stderr say why.
            }
        });

        if (!process.WaitForExit(_timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }

            throw new GraphvizException($"Graphviz 'dot' did not finish within {_timeout.TotalSeconds:0} s and was stopped: the diagram is too large to lay out in that time. "
                + "Draw the summary view ('theory graph --view summary') or a page figure ('--width 176mm'), skip the diagrams with --no-svg, or allow longer with --timeout.");
        }

        process.WaitForExit();
        stdin.Wait();
        stdout.Wait();
        if (process.ExitCode != 0)
            throw new GraphvizException($"Graphviz 'dot' failed (exit code {process.ExitCode}): {stderr.Result.Trim()}");
        var bytes = output.ToArray();
        if (format == "pdf")
            PdfDate.Erase(bytes);
        return bytes;
    }

    private static string? Locate(Func<string, string?> environment)
    {
        if (environment(DotVariable) is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe", "dot.bat" } : ["dot"];
        foreach (var directory in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }
}

/// <summary>Graphviz could not render a graph; the message is for the user.</summary>
internal sealed class GraphvizException(string message) : Exception(message);
