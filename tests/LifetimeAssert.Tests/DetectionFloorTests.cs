using System.Runtime.CompilerServices;

using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// The detection floor a passing report states (<see cref="SamplingRules.Floor"/>), proved through the engine both ways:
/// a leak of one object every N runs fails whichever run it starts on, and a slightly slower one can pass, so the floor is
/// stated neither lower nor higher than the rules make it; a leak in bursts of several objects as often fails too, and a
/// cache that fills in bursts and stops passes. Every run creates a Session; every N-th run keeps one (or a burst of
/// them). The warm-up is calls 1–3, so the first window of the defaults is calls 4–15.
/// </summary>
public sealed class DetectionFloorTests
{
    public static TheoryData<int> EveryPhaseOf12() => [.. Enumerable.Range(0, 12)];

    public static TheoryData<int> EveryPhaseOf16() => [.. Enumerable.Range(0, 16)];

    public static TheoryData<int> EveryPhaseOf6() => [.. Enumerable.Range(0, 6)];

    [Theory]
    [MemberData(nameof(EveryPhaseOf12))]
    public async Task Rule_floor_one_object_every_12_runs_fails_the_defaults_whichever_run_leaks_first(int phase)
    {
        var report = await CheckAsync(new PeriodicLeak(every: 12, phase), o => o);

        Assert.Equal((1, 12), (report.DetectionFloor.Objects, report.DetectionFloor.Runs));
        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
    }

    [Fact]
    public async Task Rule_floor_one_object_every_13_runs_can_pass_the_defaults_unseen()
    {
        // Kept on calls 3, 16, 29, …: none in the first window, which is flat, so the check ends there.
        var report = await CheckAsync(new PeriodicLeak(every: 13, phase: 3), o => o);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Contains("  floor: a leak of 1 object every 12 runs would fail; a slower one may pass (raise Iterations to see slower ones)", report.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(15)]
    public async Task Rule_floor_one_object_every_20_runs_passes_the_defaults(int phase)
    {
        // Phase 0 keeps nothing in the first window; the others one, which is re-sampled every 16 runs (8k) and cleared.
        var report = await CheckAsync(new PeriodicLeak(every: 20, phase), o => o);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(EveryPhaseOf16))]
    public async Task Rule_floor_more_iterations_than_8k_leave_the_floor_at_re_sampling_s_8k_runs(int phase)
    {
        var report = await CheckAsync(new PeriodicLeak(every: 16, phase), o => o.Iterations(40));

        Assert.Equal((1, 16), (report.DetectionFloor.Objects, report.DetectionFloor.Runs));
        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
    }

    [Fact]
    public async Task Rule_floor_one_object_every_20_runs_passes_40_iterations_of_2_and_fails_40_of_5()
    {
        var everyTwo = await CheckAsync(new PeriodicLeak(every: 20, phase: 0), o => o.Iterations(40));
        var everyFive = await CheckAsync(new PeriodicLeak(every: 20, phase: 0), o => o.Iterations(40).SampleEvery(5));

        Assert.Equal(LeakVerdict.Passed, everyTwo.Verdict);
        Assert.Contains("  floor: a leak of 1 object every 16 runs would fail; a slower one may pass (raise SampleEvery to see slower ones)", everyTwo.ToString(), StringComparison.Ordinal);
        Assert.Equal((1, 40), (everyFive.DetectionFloor.Objects, everyFive.DetectionFloor.Runs));
        Assert.Equal(LeakVerdict.Leaking, everyFive.Verdict);
    }

    [Theory]
    [InlineData(6, 0, LeakVerdict.Leaking)]
    [InlineData(6, 3, LeakVerdict.Leaking)]
    [InlineData(7, 3, LeakVerdict.Passed)]
    public async Task Rule_floor_an_allowance_of_one_halves_the_defaults_floor(int every, int phase, LeakVerdict expected)
    {
        // One object every 7 runs, kept on calls 3, 10, 17, …, grows by one in the first window: within the allowance.
        var report = await CheckAsync(new PeriodicLeak(every, phase), o => o.AllowedGrowth(1));

        Assert.Equal((1, 6), (report.DetectionFloor.Objects, report.DetectionFloor.Runs));
        Assert.Equal(expected, report.Verdict);
    }

    [Theory]
    [MemberData(nameof(EveryPhaseOf6))]
    public async Task Rule_floor_bursts_of_5_objects_every_6_runs_fail_the_defaults_whichever_run_leaks_first(int phase)
    {
        // Two bursts in the first window: 2 of its 6 samples grew, so it is re-sampled every 16 runs, each holding a burst.
        var report = await CheckAsync(new PeriodicLeak(every: 6, phase, burst: 5), o => o);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Contains("re-sampled", report.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryPhaseOf12))]
    public async Task Rule_floor_bursts_of_3_objects_every_12_runs_fail_the_defaults_whichever_run_leaks_first(int phase)
    {
        var report = await CheckAsync(new PeriodicLeak(every: 12, phase, burst: 3), o => o);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(15)]
    public async Task Rule_floor_bursts_of_2_objects_every_16_runs_fail_40_iterations_at_re_sampling_s_8k_runs(int phase)
    {
        var report = await CheckAsync(new PeriodicLeak(every: 16, phase, burst: 2), o => o.Iterations(40));

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
    }

    [Theory]
    [InlineData(6, 0, 15)] // bursts of 5 on calls 6, 12 and 18, then full: the bursty leak's clean twin
    [InlineData(1, 0, 30)] // 5 on every call up to call 6: three bursts in the warm-up, three after it
    public async Task Rule_floor_a_cache_that_fills_in_bursts_of_5_and_stops_passes_the_defaults(int every, int phase, int capacity)
    {
        var report = await CheckAsync(new PeriodicLeak(every, phase, burst: 5, capacity), o => o);

        Assert.Equal(LeakVerdict.Passed, report.Verdict);
        Assert.Contains("re-sampled", report.ToString(), StringComparison.Ordinal);
    }

    private static async Task<LeakReport> CheckAsync(PeriodicLeak leak, Func<LeakOptionsBuilder, LeakOptionsBuilder> options)
    {
        var report = await Leak.CheckAsync(leak.Run, o => options(o.Track<Session>()), TestContext.Current.CancellationToken);
        Assert.Equal(report.TotalRuns, leak.Calls);
        return report;
    }

    /// <summary>
    /// Creates a Session on every call and keeps the one of every <paramref name="every"/>-th call, from call
    /// <paramref name="phase"/> on; with a <paramref name="burst"/> of several, that call creates and keeps as many, until
    /// <paramref name="capacity"/> are kept.
    /// </summary>
    private sealed class PeriodicLeak(int every, int phase, int burst = 1, int capacity = int.MaxValue)
    {
        private readonly List<Session> _kept = [];

        public int Calls { get; private set; }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Run()
        {
            Calls++;
            var session = new Session();
            if (Calls % every == phase && _kept.Count < capacity)
            {
                _kept.Add(session);
                for (var more = 1; more < burst; more++)
                {
                    _kept.Add(new Session());
                }
            }
        }
    }
}
