using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.Xunit.Scenarios;

/// <summary>Ordinary tests with no LifetimeAssert attribute: the sweep checks each one.</summary>
public sealed class PlainTests
{
    [Fact]
    public void Disposes_what_it_opens() => SweepCode.OpenAndDispose();

    [Fact]
    public void Leaves_a_resource_open() => SweepCode.LeaveOpen();

    [Fact]
    public void Leaves_one_of_two_open() => SweepCode.LeaveOneOfTwoOpen();

    [Fact]
    public void Releases_its_lease() => SweepCode.LeaseAndRelease();

    [Fact]
    public void Keeps_its_lease() => SweepCode.LeaseAndKeep();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Row_leaks_when_asked(bool leak)
    {
        if (leak)
        {
            SweepCode.LeaveOpen();
        }
        else
        {
            SweepCode.OpenAndDispose();
        }
    }

    [Fact]
    public void Fails_on_its_own_and_leaks()
    {
        SweepCode.LeaveOpen();
        Assert.Fail("the test's own failure");
    }

    [Fact]
    public void Uses_a_lazy_singleton() => SweepCode.UseSharedResource();

    [Fact]
    public void Leaves_one_open_outside_its_flow() => SweepCode.LeaveOpenOffFlow();
}
