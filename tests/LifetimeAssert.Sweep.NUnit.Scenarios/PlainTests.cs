using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.NUnit.Scenarios;

/// <summary>Ordinary tests with no LifetimeAssert attribute: the sweep checks each one.</summary>
[Parallelizable]
public sealed class PlainTests
{
    [Test]
    public void Disposes_what_it_opens() => SweepCode.OpenAndDispose();

    [Test]
    public void Leaves_a_resource_open() => SweepCode.LeaveOpen();

    [Test]
    public void Leaves_one_of_two_open() => SweepCode.LeaveOneOfTwoOpen();

    [Test]
    public void Releases_its_lease() => SweepCode.LeaseAndRelease();

    [Test]
    public void Keeps_its_lease() => SweepCode.LeaseAndKeep();

    [TestCase(false)]
    [TestCase(true)]
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

    [Test]
    public void Fails_on_its_own_and_leaks()
    {
        SweepCode.LeaveOpen();
        Assert.Fail("the test's own failure");
    }

    [Test]
    public void Uses_a_lazy_singleton() => SweepCode.UseSharedResource();

    // The fixture runs in parallel with others: what the test registers outside its flow is nobody's.
    [Test]
    public void Leaves_one_open_outside_its_flow() => SweepCode.LeaveOpenOffFlow();
}
