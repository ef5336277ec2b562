using System.Runtime.CompilerServices;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>A stand-in for the design's repository: each clean method has a twin that keeps what it creates.</summary>
internal sealed class Repository
{
    private readonly List<Session> _kept = [];

    public void Save() => _ = new Session();

    [MethodImpl(MethodImplOptions.NoInlining)]
    public void SaveAndKeep() => _kept.Add(new Session());

    public async Task FindAsync()
    {
        await Task.Yield();
        _ = new Session();
    }

    public async Task FindAndKeepAsync()
    {
        await Task.Yield();
        _kept.Add(new Session());
    }

    public async ValueTask FlushAsync()
    {
        await Task.Yield();
        _ = new Session();
    }

    /// <summary>Keeps its session only after the first await: a check that does not await each run sees no leak.</summary>
    public async ValueTask FlushAndKeepAsync()
    {
        await Task.Yield();
        _kept.Add(new Session());
    }

    public async ValueTask<string> CountAsync()
    {
        await Task.Yield();
        return new Session().User;
    }

    public async ValueTask<string> CountAndKeepAsync()
    {
        await Task.Yield();
        var session = new Session();
        _kept.Add(session);
        return session.User;
    }

    public async Task<string> LoadAsync()
    {
        await Task.Yield();
        return new Session().User;
    }

    public async Task<string> LoadAndKeepAsync()
    {
        await Task.Yield();
        var session = new Session();
        _kept.Add(session);
        return session.User;
    }
}
