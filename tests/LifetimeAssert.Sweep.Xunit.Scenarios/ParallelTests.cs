using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.Xunit.Scenarios;

/// <summary>Two classes in separate collections run at the same time: neither is blamed for the other's objects.</summary>
public sealed class ParallelLeakingTests
{
    [Fact]
    public async Task Leaks_while_the_other_runs()
    {
        await ParallelMeeting.BothRunning();
        SweepCode.LeaveOpen();
        await ParallelMeeting.BothDone();
    }
}

/// <summary>The clean side of the parallel pair.</summary>
public sealed class ParallelCleanTests
{
    [Fact]
    public async Task Stays_clean_while_the_other_leaks()
    {
        await ParallelMeeting.BothRunning();
        SweepCode.OpenAndDispose();
        await ParallelMeeting.BothDone();
    }
}

/// <summary>Makes the two tests overlap; a bounded wait, so a run without parallelism still ends.</summary>
internal static class ParallelMeeting
{
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

        return Task.WhenAll(Running.Select(r => r.Task)).WaitAsync(TimeSpan.FromSeconds(10));
    }

    public static Task BothDone() => Task.Run(() => Done.SignalAndWait(TimeSpan.FromSeconds(10)));
}

/// <summary>A test xUnit runs alone: what it registers outside its flow is its own.</summary>
[Collection("alone")]
public sealed class AloneTests
{
    [Fact]
    public void Leaves_one_open_outside_its_flow_alone() => SweepCode.LeaveOpenOffFlow();
}

[CollectionDefinition("alone", DisableParallelization = true)]
public sealed class AloneCollection;
