using LifetimeAssert.Scenarios;
using LifetimeAssert.Xunit;

[assembly: LeakSweep]

namespace LifetimeAssert.Sweep.Platform.Scenarios;

/// <summary>One test per level: clean at every level, leaking at dispose, leaking only at collect.</summary>
public sealed class PlatformTests
{
    [Fact]
    public void Stays_clean() => SweepCode.OpenAndDispose();

    [Fact]
    public void Leaves_a_resource_open() => SweepCode.LeaveOpen();

    [Fact]
    public void Keeps_a_basket_it_expected_collected() => SweepCode.KeepBasket();
}
