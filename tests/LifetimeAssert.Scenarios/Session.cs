namespace LifetimeAssert.Scenarios;

/// <summary>A user type that registers itself, as an application's own types would.</summary>
public sealed class Session
{
    public Session() => LifetimeTracker.Track(this);

    public string User { get; init; } = "ann";
}

/// <summary>A second tracked type, so reports can be checked for naming the right one.</summary>
public sealed class Subscriber
{
    public Subscriber() => LifetimeTracker.Track(this);

    public void OnTick(object? sender, EventArgs e)
    {
    }
}

/// <summary>A tracked type that the scenarios never create.</summary>
public sealed class NeverCreated;

/// <summary>A resource whose disposal matters, registered the way provider hooks register connections.</summary>
public sealed class Resource : IDisposable
{
    private readonly DisposalToken _lifetime;

    public Resource() => _lifetime = LifetimeTracker.TrackDisposable(this);

    public void Dispose() => _lifetime.MarkDisposed();
}
