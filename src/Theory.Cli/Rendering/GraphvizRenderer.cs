using System.Diagnostics;

namespace Theory.Cli.Rendering;

/// <summary>
/// Renders DOT through the real Graphviz <c>dot</c> executable. The DOT text goes in on stdin and the
/// image comes back on stdout, so no temporary files; a timeout kills <c>dot</c> (and its children)
/// if a huge or pathological graph would take too long (see <see cref="ChildProcess"/>).
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
        var dot = ExecutableSearch.Locate(environment, DotVariable, "dot");
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
        for (var i = 0; ; i++)
        {
            var attempt = arguments.Concat(Respacings[i]).ToList();
            var svg = Render(dotText, "svg", attempt);
            if (!EdgeLabelOverlap.Any(svg) || i == Respacings.Length - 1)
                return format == "svg" ? svg : Render(dotText, format, attempt);
        }
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

        byte[] bytes;
        try
        {
            bytes = ChildProcess.Run(start, dotText, _timeout);
        }
        catch (ChildProcessException e) when (e.TimedOut)
        {
            throw new GraphvizException($"Graphviz 'dot' did not finish within {_timeout.TotalSeconds:0} s and was stopped: the diagram is too large to lay out in that time. "
                + "Draw the summary view ('theory graph --view summary') or a page figure ('--width 176mm'), skip the diagrams with --no-svg, or allow longer with --timeout.");
        }
        catch (ChildProcessException e) when (e.FailedToStart)
        {
            throw new GraphvizException($"{e.Message}. {InstallHint}");
        }
        catch (ChildProcessException e)
        {
            throw new GraphvizException($"Graphviz 'dot' failed ({e.Message})");
        }

        if (format == "pdf")
            PdfDate.Erase(bytes);
        return bytes;
    }
}

/// <summary>Graphviz could not render a graph; the message is for the user.</summary>
internal sealed class GraphvizException(string message) : Exception(message);
