using LifetimeAssert.Services;

namespace LifetimeAssert.Running;

/// <summary>
/// The heap walks a census check takes, read from the census provider before and after it. Only checks with census
/// names look the provider up: the others take no walk to count, except a retention path for a leak.
/// </summary>
internal readonly record struct HeapWalkCounter(ICensusProvider? Provider, long Before)
{
    public static HeapWalkCounter Start(LeakOptions options, EngineServices services) =>
        options.CensusTypeNames.Count > 0 && services.Census is { } provider
            ? new(provider, provider.HeapWalks)
            : default;

    public long Taken => Provider is null ? 0 : Provider.HeapWalks - Before;
}
