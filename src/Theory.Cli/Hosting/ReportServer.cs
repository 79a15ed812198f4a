using System.Globalization;
using System.Net;
using System.Text;

namespace Theory.Cli.Hosting;

/// <summary>
/// Serves one page and its reload events on the loopback interface: <c>GET /</c> is the current
/// report, <c>GET /events</c> a server-sent-event stream that says <c>reload</c> whenever the page
/// changes. Nothing else is served, and a request whose Host is not this machine's loopback name
/// is refused, so a web page elsewhere cannot read the theory through DNS rebinding.
/// </summary>
internal sealed class ReportServer : IDisposable
{
    public const string EventsPath = "/events";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly HttpListener _listener = new();
    private readonly HashSet<string> _hosts;
    private readonly List<Stream> _clients = [];
    private readonly object _gate = new();
    private byte[] _page;
    private int _version;

    public ReportServer(int port, string page)
    {
        Port = port;
        _page = Encoding.UTF8.GetBytes(page);
        var number = port.ToString(CultureInfo.InvariantCulture);
        _hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "127.0.0.1:" + number, "localhost:" + number };
        _listener.Prefixes.Add("http://127.0.0.1:" + number + "/");
        _listener.Prefixes.Add("http://localhost:" + number + "/");
    }

    public int Port { get; }

    public string Address => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>Starts listening; throws <see cref="HttpListenerException"/> when the port is taken.</summary>
    public void Start() => _listener.Start();

    /// <summary>Replaces the page and tells every open browser to reload.</summary>
    public void Update(string page)
    {
        List<Stream> clients;
        lock (_gate)
        {
            _page = Encoding.UTF8.GetBytes(page);
            _version++;
            clients = [.. _clients];
        }

        var message = Encoding.UTF8.GetBytes("event: reload\ndata: " + _version.ToString(CultureInfo.InvariantCulture) + "\n\n");
        foreach (var client in clients)
            Send(client, message);
    }

    /// <summary>Answers requests until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        using var stop = cancellation.Register(() => _listener.Stop());
        using var keepAlive = new Timer(_ => Ping(), null, KeepAlive, KeepAlive);
        while (!cancellation.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break; // stopped
            }

            _ = Task.Run(() => Handle(context), CancellationToken.None);
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var (request, response) = (context.Request, context.Response);
        try
        {
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = "no-store";
            if (!_hosts.Contains(request.Headers["Host"] ?? ""))
            {
                Finish(response, 403, "text/plain; charset=utf-8", "theory serve answers requests to 127.0.0.1 and localhost only.\n");
                return;
            }

            if (request.HttpMethod != "GET")
            {
                Finish(response, 405, "text/plain; charset=utf-8", "Only GET is served.\n");
                return;
            }

            switch (request.Url?.AbsolutePath)
            {
                case "/":
                    byte[] page;
                    lock (_gate)
                        page = _page;
                    response.StatusCode = 200;
                    response.ContentType = "text/html; charset=utf-8";
                    response.ContentLength64 = page.Length;
                    response.OutputStream.Write(page);
                    response.Close();
                    return;
                case EventsPath:
                    response.StatusCode = 200;
                    response.ContentType = "text/event-stream; charset=utf-8";
                    response.SendChunked = true;
                    var stream = response.OutputStream;
                    Send(stream, Encoding.UTF8.GetBytes(": connected\n\n"));
                    lock (_gate)
                        _clients.Add(stream);
                    return; // held open; closed when the browser goes away or the server stops
                default:
                    Finish(response, 404, "text/plain; charset=utf-8", "Not found: this server has the report at / and nothing else.\n");
                    return;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser went away mid-answer.
        }
    }

    private static void Finish(HttpListenerResponse response, int status, string type, string text)
    {
        var body = Encoding.UTF8.GetBytes(text);
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private void Ping()
    {
        List<Stream> clients;
        lock (_gate)
            clients = [.. _clients];
        foreach (var client in clients)
            Send(client, Encoding.UTF8.GetBytes(": keep-alive\n\n"));
    }

    /// <summary>Writes one event; a browser that has gone away is forgotten.</summary>
    private void Send(Stream client, byte[] message)
    {
        try
        {
            client.Write(message);
            client.Flush();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            lock (_gate)
                _clients.Remove(client);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var client in _clients)
            {
                try
                {
                    client.Dispose();
                }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
                {
                    // Already gone.
                }
            }

            _clients.Clear();
        }

        ((IDisposable)_listener).Dispose();
    }
}
