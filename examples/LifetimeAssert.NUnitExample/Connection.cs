namespace LifetimeAssert.NUnitExample;

/// <summary>A stand-in for a pooled database connection; it registers itself so the leak check can count it.</summary>
public sealed class Connection : IDisposable
{
    public Connection() => LifetimeTracker.Track(this);

    public bool IsOpen { get; private set; } = true;

    public void Execute(string sql) => ObjectDisposedException.ThrowIf(!IsOpen, this);

    public void Dispose() => IsOpen = false;
}
