using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>Ordinary tests with no LifetimeAssert attribute: the sweep checks each one.</summary>
[TestClass]
public sealed class PlainTests
{
    [TestMethod]
    public void Disposes_what_it_opens() => SweepCode.OpenAndDispose();

    [TestMethod]
    public void Leaves_a_resource_open() => SweepCode.LeaveOpen();

    [TestMethod]
    public void Leaves_one_of_two_open() => SweepCode.LeaveOneOfTwoOpen();

    [TestMethod]
    public void Releases_its_lease() => SweepCode.LeaseAndRelease();

    [TestMethod]
    public void Keeps_its_lease() => SweepCode.LeaseAndKeep();

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
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

    [TestMethod]
    public void Fails_on_its_own_and_leaks()
    {
        SweepCode.LeaveOpen();
        Assert.Fail("the test's own failure");
    }

    [TestMethod]
    public void Uses_a_lazy_singleton() => SweepCode.UseSharedResource();

    // The class runs in parallel with others: what the test registers outside its flow is nobody's.
    [TestMethod]
    public void Leaves_one_open_outside_its_flow() => SweepCode.LeaveOpenOffFlow();
}
