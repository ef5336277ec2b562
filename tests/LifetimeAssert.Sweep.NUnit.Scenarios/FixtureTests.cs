using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.NUnit.Scenarios;

/// <summary>What a fixture's [OneTimeSetUp] registers belongs to no test: it is never blamed on one.</summary>
[Parallelizable]
public sealed class FixtureTests
{
    [OneTimeSetUp]
    public void Open_one_for_the_fixture_and_never_dispose_it() => SweepCode.LeaveOpen();

    [Test]
    public void Runs_in_a_fixture_that_left_one_open() => SweepCode.OpenAndDispose();
}
