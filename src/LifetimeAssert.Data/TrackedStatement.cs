namespace LifetimeAssert.Data;

/// <summary>
/// A statement prepared through a tracked command. It lives as long as providers keep a prepared statement:
/// until the connection it was prepared on is closed or disposed — disposing the command does not end it.
/// Track it to see where statements that pile up were prepared: <c>Track&lt;TrackedStatement&gt;()</c>.
/// </summary>
public sealed class TrackedStatement
{
    private readonly DisposalToken _lifetime;

    internal TrackedStatement(string commandText, PendingRegistration owner)
    {
        CommandText = commandText;
        _lifetime = owner.TrackDisposable(this);
    }

    /// <summary>The prepared command text.</summary>
    public string CommandText { get; }

    internal void Release() => _lifetime.MarkDisposed();
}
