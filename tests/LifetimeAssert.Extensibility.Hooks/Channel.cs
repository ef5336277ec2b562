namespace LifetimeAssert.Extensibility.Hooks;

/// <summary>A resource the client hands out; it must be disposed to be given back.</summary>
public sealed class Channel : IDisposable
{
    private readonly ChannelClient _client;
    private readonly DisposalToken _token;
    private bool _disposed;

    internal Channel(ChannelClient client, string name, PendingRegistration registration)
    {
        _client = client;
        Name = name;
        _token = registration.TrackDisposable(this);
    }

    /// <summary>The name the channel was opened with.</summary>
    public string Name { get; }

    /// <summary>Gives the channel back to its client.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _token.MarkDisposed();
        _client.Closed(this);
    }
}
