using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>Two tests in parallel fixtures meet, then run their checks at the same time.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ParallelLeaking
{
    [SetUp]
    public void Meet() => ParallelPair.Meet();

    [Test, AssertNoLeak(Iterations = 40, Track = [typeof(Session)], RunAlone = false)]
    public void Parallel_Leaking() => Code.StaticList.Leaking();
}
