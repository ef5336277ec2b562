using LifetimeAssert.Scenarios;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Server.Scenarios;

/// <summary>
/// With the census engine referenced (this assembly references LifetimeAssert.HeapCensus), an unknown Census name is
/// refused by the census provider while the options are built, before the body's first run (issue 19, part 9). The
/// body records that it ran, then throws.
/// </summary>
public sealed class MisconfiguredCensusScenarios
{
    [Fact, AssertNoLeak(Census = ["LifetimeAssert.Server.Scenarios.NoSuchType"], RunAlone = false)]
    public void Misconfigured_CensusUnknownName() => Misconfigured.Body(nameof(Misconfigured_CensusUnknownName));
}
