using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>The clean half of the parallel pair; see <see cref="ParallelLeaking"/>.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ParallelClean
{
    [SetUp]
    public void Meet() => ParallelPair.Meet();

    [Test, AssertNoLeak(Iterations = 40, Track = [typeof(Session)], RunAlone = false)]
    public void Parallel_Clean() => Code.StaticList.Clean();
}
