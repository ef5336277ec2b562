using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.Xunit.Scenarios;

/// <summary>A class fixture that opens a resource and never disposes it: its leak is its own, never a test's.</summary>
public sealed class LeakingFixture
{
    public LeakingFixture() => Resource = SweepCode.Open();

    public Resource Resource { get; }
}

/// <summary>A class fixture that opens a resource and disposes it with itself.</summary>
public sealed class CleanFixture : IDisposable
{
    public CleanFixture() => Resource = SweepCode.Open();

    public Resource Resource { get; }

    public void Dispose() => Resource.Dispose();
}

public sealed class LeakingFixtureTests(LeakingFixture fixture) : IClassFixture<LeakingFixture>
{
    [Fact]
    public void Uses_the_fixture() => Assert.NotNull(fixture.Resource);
}

public sealed class CleanFixtureTests(CleanFixture fixture) : IClassFixture<CleanFixture>
{
    [Fact]
    public void Uses_the_fixture() => Assert.NotNull(fixture.Resource);
}
