namespace LifetimeAssert.Docs.Snippets;

/// <summary>A type of the user's own, registered in its constructor so that <c>Track&lt;Session&gt;()</c> counts it.</summary>
public sealed class Session
{
    public Session(string user)
    {
        User = user;
        LifetimeTracker.Track(this);
    }

    public string User { get; }
}
