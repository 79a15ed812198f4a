using System.Diagnostics;

namespace Theory.Cli.Rendering;

/// <summary>
/// Runs a tool (Graphviz, pandoc) with text on stdin and bytes back on stdout, under a timeout
/// that starts before the input is written: a tool that never reads would otherwise block the
/// write, and the whole command, for ever. Both output streams are read while writing, or a large
/// input deadlocks on a full pipe. On timeout the tool and its children are killed.
/// </summary>
internal static class ChildProcess
{
    public static byte[] Run(ProcessStartInfo start, string input, TimeSpan timeout)
    {
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new ChildProcessException($"could not start '{start.FileName}': {e.Message}", timedOut: false, failedToStart: true);
        }

        using var output = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(output);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdin = Task.Run(() =>
        {
            try
            {
                using var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false));
                writer.Write(input);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The tool exited early, or was stopped; its exit code and stderr say why.
            }
        });

        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited just now.
            }

            throw new ChildProcessException("timed out", timedOut: true);
        }

        process.WaitForExit();
        stdin.Wait();
        stdout.Wait();
        if (process.ExitCode != 0)
            throw new ChildProcessException($"exit code {process.ExitCode}: {stderr.Result.Trim()}", timedOut: false);
        return output.ToArray();
    }
}

/// <summary>A tool failed to start, failed, or ran out of time.</summary>
internal sealed class ChildProcessException(string message, bool timedOut, bool failedToStart = false) : Exception(message)
{
    public bool TimedOut { get; } = timedOut;

    /// <summary>The executable could not be started at all (missing, not executable).</summary>
    public bool FailedToStart { get; } = failedToStart;
}
