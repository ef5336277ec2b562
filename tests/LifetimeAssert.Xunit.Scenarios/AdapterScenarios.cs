using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Xunit.Scenarios;

/// <summary>The attribute on the class checks every test in it.</summary>
[AssertNoLeak(Track = [typeof(Session)])]
public sealed class ClassLevelScenarios
{
    [Fact]
    public void ClassLevel_Leaking() => Code.LazySingleton.Leaking();

    [Fact, AssertNoLeak(Iterations = 6, SampleEvery = 1)]
    public void ClassLevel_MethodOverrides_Leaking() => Code.StaticList.Leaking();
}

/// <summary>The test's timeout covers xUnit's own run and the check's runs together.</summary>
public sealed class TimeoutScenarios
{
    [Fact(Timeout = 120_000), AssertNoLeak(Track = [typeof(Session)])]
    public async Task WithTimeout_Leaking()
    {
        await Task.Delay(1, TestContext.Current.CancellationToken);
        Code.StaticList.Leaking();
    }

    [Fact(Timeout = 1_000), AssertNoLeak(Track = [typeof(Session)], Iterations = 300)]
    public async Task TimeoutDuringCheck()
    {
        await Task.Delay(10, TestContext.Current.CancellationToken);
        Code.StaticList.Clean();
    }
}

/// <summary>Tests without the attribute run exactly once, as with xUnit's own framework.</summary>
public sealed class PlainScenarios
{
    private static int _runs;

    [Fact]
    public void Plain_RunsOnce() => Assert.Equal(1, Interlocked.Increment(ref _runs));

    [Fact, AssertNoLeak(Iterations = 0, Warmup = -1, Track = [typeof(int)])]
    public void InvalidOptions() => Code.Nothing.Run();

    [Fact, AssertNoLeak(Census = ["LifetimeAssert.Scenarios.Session"])]
    public void CensusWithoutPackage() => Code.StaticList.Clean();

    [Fact, AssertNoLeak(Probes = ["NoSuchMember"])]
    public void UnknownProbeMember() => Code.Nothing.Run();
}

/// <summary>Two tests in different collections meet, then run their checks at the same time.</summary>
public sealed class ParallelLeaking
{
    public ParallelLeaking() => ParallelPair.Meet();

    [Fact, AssertNoLeak(Iterations = 40, Track = [typeof(Session)], RunAlone = false)]
    public void Parallel_Leaking() => Code.StaticList.Leaking();
}

public sealed class ParallelClean
{
    public ParallelClean() => ParallelPair.Meet();

    [Fact, AssertNoLeak(Iterations = 40, Track = [typeof(Session)], RunAlone = false)]
    public void Parallel_Clean() => Code.StaticList.Clean();
}

internal static class ParallelPair
{
    private static readonly Barrier Both = new(2);

    public static void Meet()
    {
        if (!Both.SignalAndWait(TimeSpan.FromSeconds(60)))
        {
            throw new InvalidOperationException("The two parallel tests did not run at the same time.");
        }
    }
}
