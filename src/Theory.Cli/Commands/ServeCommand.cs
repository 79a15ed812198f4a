using System.CommandLine;
using System.Net;
using Theory.Cli.Hosting;
using Theory.Cli.Output;
using Theory.Cli.Rendering;
using Theory.Diagnostics;
using Theory.Projects;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory serve [paths] [--port N]`: live preview. The theory's report is served on this machine
/// only (127.0.0.1) and the browser reloads it whenever a source is saved, keeping what was open.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 7400;

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 to serve on (default {DefaultPort}).", DefaultValueFactory = _ => DefaultPort };
        var timeout = CommonOptions.Timeout();
        var command = new Command("serve", "Serve a theory's report at http://127.0.0.1:PORT/ and reload it in the browser whenever a file is saved (live preview).")
        {
            paths, port, timeout,
        };
        command.SetAction((result, cancellation) =>
            RunAsync(result.GetValue(paths) ?? [], result.GetValue(port), result.GetValue(timeout), context, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, int port, int timeoutSeconds, CliContext context, CancellationToken cancellation)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        if (port is < 1 or > 65535)
            return CommonOptions.Fail(stderr, "--port must be between 1 and 65535");
        if (timeoutSeconds <= 0)
            return CommonOptions.Fail(stderr, "--timeout must be a positive number of seconds");
        var renderer = GraphvizRenderer.Find(TimeSpan.FromSeconds(timeoutSeconds), context.GetEnvironmentVariable, out var missing);
        if (renderer is null)
            return CommonOptions.Fail(stderr, $"cannot draw the web for the report: {missing}");
        if (Render(paths, renderer, context) is not (var page, var title, var summary))
            return ExitCodes.UsageOrIo;

        using var server = new ReportServer(port, page);
        try
        {
            server.Start();
        }
        catch (HttpListenerException e)
        {
            return CommonOptions.Fail(stderr, $"cannot serve on 127.0.0.1:{port}: {e.Message}; pass another --port");
        }

        // Saves rebuild one at a time, and their messages never interleave with the banner.
        var gate = new object();
        using var watcher = new SourceWatcher(SourceWatcher.FoldersOf(paths, context.WorkingDirectory), () =>
        {
            lock (gate)
            {
                // A theory that no longer loads keeps the last good page; the message says why.
                if (Render(paths, renderer, context) is (var next, _, var nextSummary))
                {
                    server.Update(next);
                    stdout.WriteLine($"Reloaded ({nextSummary}).");
                }
            }
        });
        lock (gate)
            stdout.WriteLine($"Serving the report of {TerminalText.Safe(title)} at {server.Address} ({summary}); it reloads when a .theory, .bib or theory.json file is saved. Press Ctrl+C to stop.");
        await server.RunAsync(cancellation).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The live page of the theory at <paramref name="paths"/>, its title and a one-line summary of its diagnostics; null after a message.</summary>
    private static (string Page, string Title, string Summary)? Render(string[] paths, GraphvizRenderer renderer, CliContext context)
    {
        if (CommonOptions.LoadSingle(paths, "serve shows", context) is not (var workspace, var compilation))
            return null;
        try
        {
            var page = ReportCommand.Page(workspace, compilation, renderer, ReportServer.EventsPath);
            var diagnostics = workspace.GetDiagnostics();
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var summary = $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
            return (page, Theory.Emit.ArtifactEmitter.NameOf(compilation), summary);
        }
        catch (GraphvizException e)
        {
            CommonOptions.Fail(context.Stderr, e.Message);
            return null;
        }
    }
}
