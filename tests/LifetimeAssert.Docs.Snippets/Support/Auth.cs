namespace LifetimeAssert.Docs.Snippets;

/// <summary>Logs a user in; each login makes a <see cref="Session"/>.</summary>
public sealed class Auth
{
    public Session Login(string user) => new(user);

    public async Task<Session> LoginAsync(string user)
    {
        await Task.Yield();
        return new Session(user);
    }
}
