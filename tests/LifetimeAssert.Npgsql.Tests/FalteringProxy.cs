using System.Net;
using System.Net.Sockets;

namespace LifetimeAssert.Npgsql.Tests;

/// <summary>
/// A TCP proxy in front of the real server that stops answering on demand: until <see cref="FallSilent"/> it forwards
/// both ways; afterwards the server's replies are dropped, so a connection opened earlier waits for an answer that never
/// comes — a server that hangs in the middle of a check.
/// </summary>
internal sealed class FalteringProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _host;
    private readonly int _port;
    private readonly List<TcpClient> _connections = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _silent;

    public FalteringProxy(string host, int port)
    {
        _host = host;
        _port = port;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void FallSilent() => _silent = true;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                connection.Dispose();
            }
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var server = new TcpClient();
                await server.ConnectAsync(_host, _port, _stop.Token);
                lock (_connections)
                {
                    _connections.Add(client);
                    _connections.Add(server);
                }

                _ = PumpAsync(client.GetStream(), server.GetStream(), fromServer: false);
                _ = PumpAsync(server.GetStream(), client.GetStream(), fromServer: true);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool fromServer)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (!(fromServer && _silent))
                {
                    await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException or SocketException)
        {
            // Either side closed, or the proxy stopped.
        }

        // One side closed: so does the proxy's other side, unless the server is playing hung.
        if (!(fromServer && _silent))
        {
            try
            {
                to.Socket.Shutdown(SocketShutdown.Send);
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException)
            {
                // Already closed.
            }
        }
    }
}
