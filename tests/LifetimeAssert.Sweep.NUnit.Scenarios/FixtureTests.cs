using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.NUnit.Scenarios;

/// <summary>What a fixture's [OneTimeSetUp] registers is the fixture's, never a test's: this one leaves it open.</summary>
[Parallelizable]
public sealed class FixtureTests
{
    [OneTimeSetUp]
    public void Open_one_for_the_fixture_and_never_dispose_it() => SweepCode.LeaveOpen();

    [Test]
    public void Runs_in_a_fixture_that_left_one_open() => SweepCode.OpenAndDispose();
}

/// <summary>An asynchronous [OneTimeSetUp] that keeps what it opened after an await, and never disposes it.</summary>
public sealed class AsyncFixtureTests
{
    private Resource? _resource;

    [OneTimeSetUp]
    public async Task Open_one_after_an_await()
    {
        await Task.Yield();
        _resource = SweepCode.Open();
    }

    [Test]
    public void Uses_the_fixtures_resource() => Assert.That(_resource, Is.Not.Null);
}

/// <summary>The clean twin: [OneTimeTearDown] disposes what [OneTimeSetUp] opened.</summary>
public sealed class CleanFixtureTests
{
    private Resource? _resource;

    [OneTimeSetUp]
    public void Open_one_for_the_fixture() => _resource = SweepCode.Open();

    [OneTimeTearDown]
    public void Dispose_it() => _resource?.Dispose();

    [Test]
    public void Uses_the_fixtures_resource() => Assert.That(_resource, Is.Not.Null);
}

/// <summary>A disposable fixture whose constructor opens what its disposal closes: NUnit disposes it after the tear-down.</summary>
public sealed class DisposableFixtureTests : IDisposable
{
    private readonly Resource _resource = SweepCode.Open();

    [Test]
    public void Uses_the_fixtures_resource() => Assert.That(_resource, Is.Not.Null);

    public void Dispose() => _resource.Dispose();
}
