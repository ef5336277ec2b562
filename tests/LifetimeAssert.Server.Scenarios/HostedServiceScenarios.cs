using LifetimeAssert.Server.Scenarios.Orders;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>
/// Orders sent through a channel to a BackgroundService, which makes the Job in its own loop, outside the test's async
/// flow; the test awaits the acknowledgement the order carries.
/// </summary>
public sealed class HostedServiceScenarios(OrderHostFixture host) : IClassFixture<OrderHostFixture>
{
    [Fact, AssertNoLeak(Track = [typeof(Job)])]
    public Task HostedService_Leaking() => SubmitAsync(keepJob: true);

    [Fact, AssertNoLeak(Track = [typeof(Job)])]
    public Task HostedService_Clean() => SubmitAsync(keepJob: false);

    private async Task SubmitAsync(bool keepJob)
    {
        var processed = await host.Orders.SubmitAsync(new Order(7, keepJob), TestContext.Current.CancellationToken);
        Assert.Equal(7, processed);
    }
}
