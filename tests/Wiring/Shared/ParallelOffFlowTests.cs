using LifetimeAssert.Xunit;

namespace WiringFixture;

/// <summary>In the default collection, so it runs in parallel with the other classes unless a framework runs it alone.</summary>
public sealed class ParallelOffFlowTests
{
    private static readonly List<Widget> Kept = [];

    [Fact, AssertNoLeak(Track = [typeof(Widget)])]
    public Task OffFlow_Leaking() => OffFlow.RunAsync(() => Kept.Add(new Widget()));
}
