namespace LifetimeAssert.Extensibility.Hooks;

/// <summary>Counts a client's open channels and, when they leak, says which names are open.</summary>
/// <param name="client">The client to watch.</param>
public sealed class OpenChannelsProbe(ChannelClient client) : Probe("open channels", isProcessWide: false), IDetailedProbe
{
    private const int NamesShown = 3;

    /// <summary>Lines such as <c>open: orders x12</c>, most frequent name first.</summary>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> DescribeGrowth() =>
        client.OpenNames()
            .GroupBy(n => n, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(NamesShown)
            .Select(g => $"open: {g.Key} x{g.Count()}")
            .ToArray();

    /// <inheritdoc />
    protected override long Sample() => client.OpenCount;
}
