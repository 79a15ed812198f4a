using System.CommandLine;
using Theory.Cli.Hosting;

namespace Theory.Cli.Commands;

/// <summary>
/// `theory watch [build options]`: `theory build` now and again each time a source is saved, for
/// those who keep a terminal open beside their editor. It runs until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var options = new BuildCommand.BuildOptions();
        var command = new Command("watch", "Check and build a theory now and again whenever a .theory, .bib or theory.json file is saved (build's options; Ctrl+C stops).");
        options.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            if (options.Read(result, context.Stderr) is not { } request)
                return ExitCodes.UsageOrIo;
            var gate = new object();
            void Build()
            {
                lock (gate)
                {
                    BuildCommand.Run(request, context);
                    context.Stdout.WriteLine("Watching for changes (Ctrl+C to stop).");
                }
            }

            // Watching starts before the first build, so a save made while it runs is not missed.
            using var watcher = new SourceWatcher(SourceWatcher.FoldersOf(request.Paths, context.WorkingDirectory), Build);
            Build();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop watching.
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
