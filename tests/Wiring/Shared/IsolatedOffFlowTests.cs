using LifetimeAssert.Xunit;

namespace WiringFixture;

/// <summary>A collection whose tests xUnit itself runs alone, after the parallel ones, whatever the framework.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IsolatedCollection
{
    public const string Name = "Isolated";
}

/// <summary>Widgets created off the test's flow, by tests that run alone: a leak and its clean twin.</summary>
[Collection(IsolatedCollection.Name)]
public sealed class IsolatedOffFlowTests
{
    private static readonly List<Widget> Kept = [];

    [Fact, AssertNoLeak(Track = [typeof(Widget)])]
    public Task OffFlow_Leaking() => OffFlow.RunAsync(() => Kept.Add(new Widget()));

    [Fact, AssertNoLeak(Track = [typeof(Widget)])]
    public Task OffFlow_Clean() => OffFlow.RunAsync(() => _ = new Widget());
}
