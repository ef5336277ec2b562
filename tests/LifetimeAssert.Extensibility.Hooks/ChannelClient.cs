namespace LifetimeAssert.Extensibility.Hooks;

/// <summary>
/// A client that opens channels after an asynchronous step, as a network client would: the channel is created in a
/// continuation, so its hook captures the registration (check and creation site) before the await.
/// </summary>
public sealed class ChannelClient
{
    private readonly object _gate = new();
    private readonly List<string> _open = [];

    /// <summary>Channels opened and not disposed.</summary>
    public long OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _open.Count;
            }
        }
    }

    /// <summary>Opens a channel after yielding to the thread pool.</summary>
    /// <param name="name">The channel's name.</param>
    /// <returns>The open channel; dispose it.</returns>
    public async Task<Channel> OpenAsync(string name)
    {
        var registration = LifetimeTracker.CaptureRegistration<Channel>();
        await Task.Yield();
        lock (_gate)
        {
            _open.Add(name);
        }

        return new Channel(this, name, registration);
    }

    /// <summary>The names of the open channels, in opening order.</summary>
    /// <returns>A copy of the names.</returns>
    public IReadOnlyList<string> OpenNames()
    {
        lock (_gate)
        {
            return [.. _open];
        }
    }

    internal void Closed(Channel channel)
    {
        lock (_gate)
        {
            _open.Remove(channel.Name);
        }
    }
}
