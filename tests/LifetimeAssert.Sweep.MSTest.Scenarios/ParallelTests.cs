using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>Two classes run at the same time: neither is blamed for the other's objects.</summary>
[TestClass]
public sealed class ParallelLeakingTests
{
    [TestMethod]
    public async Task Leaks_while_the_other_runs()
    {
        await ParallelMeeting.BothRunning();
        SweepCode.LeaveOpen();
        await ParallelMeeting.BothDone();
    }
}

/// <summary>The clean side of the parallel pair.</summary>
[TestClass]
public sealed class ParallelCleanTests
{
    [TestMethod]
    public async Task Stays_clean_while_the_other_leaks()
    {
        await ParallelMeeting.BothRunning();
        SweepCode.OpenAndDispose();
        await ParallelMeeting.BothDone();
    }
}

/// <summary>Makes the two tests overlap; a bounded wait, so a run that cannot overlap them still ends.</summary>
internal static class ParallelMeeting
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TaskCompletionSource[] Running = [new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)];
    private static readonly Barrier Done = new(2);
    private static int _arrived;

    public static Task BothRunning()
    {
        var me = Interlocked.Increment(ref _arrived) - 1;
        if (me < 2)
        {
            Running[me].TrySetResult();
        }

        return Task.WhenAll(Running.Select(r => r.Task)).WaitAsync(Patience);
    }

    public static Task BothDone() => Task.Run(() => Done.SignalAndWait(Patience));
}

/// <summary>A test MSTest runs alone, after the parallel ones: what it registers outside its flow is its own.</summary>
[TestClass, DoNotParallelize]
public sealed class AloneTests
{
    [TestMethod]
    public void Leaves_one_open_outside_its_flow_alone() => SweepCode.LeaveOpenOffFlow();
}
