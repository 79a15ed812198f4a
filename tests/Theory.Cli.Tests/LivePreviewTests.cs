using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Theory.Cli.Tests;

/// <summary>
/// `theory serve` and `theory watch` as real processes (they run until stopped): the page is served
/// on loopback, a saved file sends the browser a reload event and the next page has the change;
/// watch rebuilds on save.
/// </summary>
public class LivePreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Serve_sends_a_reload_event_when_a_theory_file_is_saved_and_serves_the_new_page()
    {
        using var temp = new TempDirectory();
        var (tool, file, port, banner) = await ServeAsync(temp);
        try
        {
            Assert.Contains($"http://127.0.0.1:{port}/", banner, StringComparison.Ordinal);

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Patience };
            var page = await http.GetStringAsync("/");
            Assert.Contains("Alpha", page, StringComparison.Ordinal);
            Assert.Contains("new EventSource(\"/events\")", page, StringComparison.Ordinal);
            Assert.Contains("connect-src 'self'", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/etc/passwd")).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.PostAsync("/", new StringContent(""))).StatusCode);

            using var events = await http.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            Assert.Equal(": connected", await reader.ReadLineAsync());

            File.AppendAllText(file, "construct c \"Gamma, added while serving\"\n");
            using var wait = new CancellationTokenSource(Patience);
            string? line;
            do
            {
                line = await reader.ReadLineAsync(wait.Token);
            }
            while (line is not null && line != "event: reload");
            Assert.Equal("event: reload", line);
            Assert.Contains("Gamma, added while serving", await http.GetStringAsync("/"), StringComparison.Ordinal);
            await tool.WaitForLineAsync(l => l.StartsWith("Reloaded (0 errors", StringComparison.Ordinal));
        }
        finally
        {
            tool.Dispose();
        }
    }

    [Fact]
    public async Task A_browser_reloads_the_served_report_by_itself_and_keeps_what_was_open()
    {
        // Headless Chromium, as in the report's browser tests: the page's policy must let its
        // reload script run and reach the event stream, which only a real browser enforces.
        using var temp = new TempDirectory();
        var (tool, file, port, _) = await ServeAsync(temp);
        try
        {
            var harness = Path.Combine(TheoryProcess.RepositoryRoot, "tests", "Theory.Cli.Tests", "Browser");
            NodeModules.EnsureInstalled(harness, "playwright-core");
            var chromium = Environment.GetEnvironmentVariable("THEORY_CHROMIUM") ?? "/usr/bin/chromium";
            var (code, output, errors) = ProcessRunner.Run("node",
                ["live-check.js", chromium, $"http://127.0.0.1:{port}/", file, "construct c \"Gamma from the editor\"\n", "Gamma from the editor"],
                harness, TimeSpan.FromMinutes(1));
            Assert.True(code == 0, output + errors);
            var result = System.Text.Json.Nodes.JsonNode.Parse(output)!;
            Assert.True(result["problems"]!.AsArray().Count == 0, result["problems"]!.ToJsonString());
            Assert.True((bool)result["reloaded"]!, output);
            Assert.True((bool)result["found"]!, output);
            Assert.StartsWith("Alpha", (string)result["after"]!, StringComparison.Ordinal);
        }
        finally
        {
            tool.Dispose();
        }
    }

    [Fact]
    public void Serve_on_a_port_already_taken_says_so()
    {
        BuildCommandTests.RequireGraphviz();
        using var temp = new TempDirectory();
        temp.Write("t.theory", "theory T {}\nconstruct a\n");
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var (exit, _, stderr) = TheoryProcess.Run(temp.Path, "serve", "--port", port);
            Assert.Equal(2, exit);
            Assert.Contains($"cannot serve on 127.0.0.1:{port}", stderr, StringComparison.Ordinal);
            Assert.Contains("--port", stderr, StringComparison.Ordinal);

            (exit, _, stderr) = TheoryProcess.Run(temp.Path, "serve", "--port", "70000");
            Assert.Equal(2, exit);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task Watch_builds_now_and_again_on_save()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("src/t.theory", "theory T {}\nconstruct a \"Alpha\"\nconstruct b\nlink high a -> increased b\n");
        using var tool = Start(temp.Path, "watch", "src", "-o", "out", "--no-svg");
        try
        {
            await tool.WaitForLineAsync(l => l.StartsWith("Watching for changes", StringComparison.Ordinal));
            Assert.DoesNotContain("\"added_on_save\"", File.ReadAllText(Path.Combine(temp.Path, "out", "T.json")), StringComparison.Ordinal);

            File.AppendAllText(file, "construct added_on_save \"Added on save\"\n");
            await tool.WaitForLineAsync(l => l.StartsWith("Watching for changes", StringComparison.Ordinal));
            Assert.Contains("\"added_on_save\"", File.ReadAllText(Path.Combine(temp.Path, "out", "T.json")), StringComparison.Ordinal);
        }
        finally
        {
            tool.Dispose();
        }
    }

    /// <summary>`theory serve` on a free loopback port, over a small theory, once it says it is serving.</summary>
    private static async Task<(RunningTool Tool, string File, int Port, string Banner)> ServeAsync(TempDirectory temp)
    {
        BuildCommandTests.RequireGraphviz();
        var file = temp.Write("t.theory", "theory T {}\nconstruct a \"Alpha\"\nconstruct b \"Beta\"\nlink high a -> increased b\n");
        var port = FreePort();
        var tool = Start(temp.Path, "serve", temp.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var banner = await tool.WaitForLineAsync(l => l.StartsWith("Serving", StringComparison.Ordinal));
        return (tool, file, port, banner);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static RunningTool Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "theory.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        return new RunningTool(Process.Start(start)!);
    }

    /// <summary>A tool left running: its output lines as they come, and a way to stop it.</summary>
    private sealed class RunningTool : IDisposable
    {
        private readonly Process _process;
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
        private readonly System.Text.StringBuilder _seen = new();
        private bool _disposed;

        public RunningTool(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Writer.TryWrite(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Writer.TryWrite("stderr: " + e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        /// <summary>The next line (after those already read) that <paramref name="match"/> accepts.</summary>
        public async Task<string> WaitForLineAsync(Func<string, bool> match)
        {
            using var timeout = new CancellationTokenSource(Patience);
            try
            {
                while (true)
                {
                    var line = await _lines.Reader.ReadAsync(timeout.Token);
                    _seen.AppendLine(line);
                    if (match(line))
                        return line;
                }
            }
            catch (OperationCanceledException)
            {
                Assert.Fail("the expected line did not come; the tool wrote:\n" + _seen);
                throw;
            }
        }

        public void Stop()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            Stop();
            _process.Dispose();
        }
    }
}
