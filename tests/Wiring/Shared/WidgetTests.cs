using LifetimeAssert.Xunit;

namespace WiringFixture;

/// <summary>Widgets created in the test's own flow: a leak, its clean twin, and a test without the attribute.</summary>
public sealed class WidgetTests
{
    private static readonly List<Widget> Kept = [];
    private static int _plainRuns;

    [Fact, AssertNoLeak(Track = [typeof(Widget)])]
    public void Leaking() => Kept.Add(new Widget());

    [Fact, AssertNoLeak(Track = [typeof(Widget)])]
    public void Clean() => _ = new Widget();

    // Only checked tests are run many times: one without the attribute runs exactly once, whatever the wiring.
    [Fact]
    public void Plain() => Assert.Equal(1, Interlocked.Increment(ref _plainRuns));
}
