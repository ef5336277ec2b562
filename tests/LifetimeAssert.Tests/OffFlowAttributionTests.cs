using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// Objects registered outside every check's async flow belong to the check that runs alone, and to none otherwise.
/// In the non-parallel collection, so that no other test's check overlaps these.
/// </summary>
[Collection(nameof(ProcessWide))]
public sealed class OffFlowAttributionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_check_that_does_not_run_alone_counts_none_and_says_how_many_it_saw()
    {
        var report = await Leak.CheckAsync(Code.OffFlow.Leaking, o => o.Track<Session>(), Ct);

        Assert.Equal(LeakVerdict.NothingChecked, report.Verdict);
        Assert.Equal(0, report.RegisteredOffFlow);
        Assert.True(report.UncountedOffFlow >= report.TotalRuns, report.ToString());
        Assert.Contains("registered outside the test's async flow and not counted", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("Run the test alone", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_that_runs_alone_counts_them()
    {
        var report = await Leak.CheckAsync(Code.OffFlow.Leaking, o => o.Track<Session>().RunsAlone(), Ct);

        Assert.Equal(LeakVerdict.Leaking, report.Verdict);
        Assert.Equal(report.TotalRuns, report.RegisteredOffFlow);
        Assert.Equal(0, report.UncountedOffFlow);
        Assert.Contains("created at Code.OffFlow.Create(bool)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_overlapping_checks_count_off_flow_objects_for_neither()
    {
        // Both say they run alone and meet before every run, so every run overlaps: an off-flow object cannot be told
        // apart, so neither counts it. Both are clean, so neither extends its sampling beyond the other's. They meet
        // after every run too: otherwise one could end while the other's last object is still being registered, and
        // that object would rightly count for the check then running alone.
        using var both = new Barrier(2);
        Task<LeakReport> Check() => Task.Run(() => Leak.CheckAsync(
            async () =>
            {
                both.SignalAndWait(TimeSpan.FromSeconds(30), Ct);
                await Code.OffFlow.Clean();
                both.SignalAndWait(TimeSpan.FromSeconds(30), Ct);
            },
            o => o.Track<Session>().RunsAlone().Warmup(0).Iterations(6),
            Ct));

        var reports = await Task.WhenAll(Check(), Check());

        Assert.All(reports, r => Assert.Equal(0, r.RegisteredOffFlow));
        Assert.All(reports, r => Assert.True(r.UncountedOffFlow >= 6, r.ToString()));
        Assert.All(reports, r => Assert.Equal(LeakVerdict.NothingChecked, r.Verdict));
    }
}
