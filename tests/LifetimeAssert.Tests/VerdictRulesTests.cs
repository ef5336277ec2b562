namespace LifetimeAssert.Tests;

/// <summary>
/// One test per rule of the README's "How a verdict is reached", on recorded series and events only (no GC, no body):
/// each fails when its rule is removed from <see cref="VerdictRules"/>.
/// </summary>
public sealed class VerdictRulesTests
{
    // R = 4 samples of k = 2 runs, no growth allowed: the numbers of most tables below.
    private static readonly SamplingRules Rules = new(Samples: 4, SampleEvery: 2, AllowedGrowth: 0);

    [Fact]
    public void Rule1_an_inconclusive_record_is_inconclusive_whatever_its_series_show()
    {
        var record = Record([Judged(0, 1, 2, 3, 4, 5)], new WindowSampled(4), new HardSettled(5), new Inconclusive(new NeverSettled(7)));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Inconclusive, decision.Verdict);
        Assert.Equal(new NeverSettled(7), decision.Inconclusive);
    }

    [Fact]
    public void Rule3_growth_in_every_sample_confirmed_by_the_hard_settle_is_a_leak()
    {
        var record = Record([Judged(10, 11, 12, 13, 14, 15)], new WindowSampled(4), new HardSettled(5));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Leaking, decision.Verdict);
        var probe = Assert.Single(decision.Probes);
        Assert.Equal(ProbeState.Leaking, probe.State);
        Assert.Equal([1, 1, 1, 1], probe.Window.Deltas(record.Probes[0].Values));
        Assert.Equal(10, probe.Window.StartValue(record.Probes[0].Values));
    }

    [Fact]
    public void Rule3_one_flat_sample_is_not_a_candidate()
    {
        var record = Record([Judged(0, 1, 2, 2, 3)], new WindowSampled(4));

        Assert.Equal(ProbeState.Intermittent, Judge(record).State);
        Assert.Null(VerdictRules.ConfirmationRuns(record, Rules));
    }

    [Fact]
    public void Rule3_growth_within_the_allowance_is_flat()
    {
        var allowing = Rules with { AllowedGrowth = 4 };
        var record = Record([Judged(0, 1, 2, 3, 4)], new WindowSampled(4));

        Assert.Equal(ProbeState.Flat, VerdictRules.JudgeProbe(record.Probes[0], record, allowing).State);
        Assert.Equal(ProbeState.Candidate, Judge(record).State);
    }

    [Fact]
    public void Rule3_a_count_growing_in_every_sample_extends_the_window_by_samples_three_times_further_apart()
    {
        // R = 4 samples of 2 runs, then at most ceil(2R/3) = 3 samples of 6 runs: one object per 2 runs throughout.
        var growing = Judged(0, 1, 2, 3, 4, 7, 10, 13);

        Assert.True(VerdictRules.ExtendsWindow([growing], taken: 4, Rules));
        Assert.True(VerdictRules.ExtendsWindow([growing], taken: 6, Rules));
        Assert.False(VerdictRules.ExtendsWindow([growing], taken: 7, Rules));
        Assert.False(VerdictRules.ExtendsWindow([Judged(0, 1, 2, 3, 4, 7, 7)], taken: 6, Rules));
        Assert.False(VerdictRules.ExtendsWindow([Judged(0, 1, 2, 2, 3)], taken: 4, Rules));
        Assert.False(VerdictRules.ExtendsWindow([Reported(0, 1, 2, 3, 4)], taken: 4, Rules));
        Assert.Equal([2, 2, 2, 6, 6, 6], Enumerable.Range(2, 6).Select(Rules.RunsBefore));
    }

    [Fact]
    public void Rule3_the_extended_window_is_R_samples_evenly_spaced_since_the_baseline()
    {
        // Samples 7, 6, 5 and 4 are 6 runs apart, and so are 4 and 1: every third sample of the first window.
        var record = Record([Judged(0, 1, 2, 3, 4, 7, 10, 13)], new WindowSampled(7));

        var judgement = Judge(record);

        Assert.Equal(ProbeState.Candidate, judgement.State);
        Assert.Equal([3, 3, 3, 3], judgement.Window.Deltas(record.Probes[0].Values));
        Assert.Equal(6, judgement.Window.RunsPerSample);
        Assert.Equal(1, judgement.Window.StartValue(record.Probes[0].Values));
        Assert.Equal(new ExtendedFinding(3, 6), Assert.Single(VerdictRules.Decide(record, Rules, strict: null).Findings.OfType<ExtendedFinding>()));
    }

    [Fact]
    public void Rule3_a_count_that_stops_growing_in_the_extension_is_resampled_and_passes()
    {
        // A pool that fills through the first window and one extension sample, then stays: the extended window so far
        // grew by 3, 2, 0 (intermittent) over 18 runs, 2 samples of which grew: a period of 2 x 18 / 2 = 18 runs, so it
        // is re-sampled every 16 runs (8k), stays flat, and is cleared.
        var record = Record([Judged(0, 1, 2, 3, 4, 6, 6, 6, 6, 6, 6)], new WindowSampled(6));
        Assert.Equal(16, VerdictRules.ResampleInterval(record, Rules));

        var resampled = record with { Events = [.. record.Events, new Resampled(16, 10)] };
        var decision = VerdictRules.Decide(resampled, Rules, strict: null);

        Assert.Equal(LeakVerdict.Passed, decision.Verdict);
        Assert.Equal(ProbeState.Cleared, decision.Probes[0].State);
        Assert.Equal([0, 0, 0, 0], decision.Probes[0].Window.Deltas(record.Probes[0].Values));
        Assert.Contains(new ExtendedFinding(2, 6), decision.Findings);
    }

    [Fact]
    public void Rule4_intermittent_growth_is_resampled_about_twice_its_period_from_2k_to_8k()
    {
        // 3 samples of 8 runs grew: period 2 x 8 / 3 = 6 runs, so 8 (a power-of-two multiple of k, at least 2k).
        Assert.Equal(8, VerdictRules.ResampleInterval(Record([Judged(0, 1, 2, 2, 3)], new WindowSampled(4)), Rules));

        // 1 sample of 8 runs grew: period 16 runs, capped at 8k = 16.
        Assert.Equal(16, VerdictRules.ResampleInterval(Record([Judged(0, 0, 1, 1, 1)], new WindowSampled(4)), Rules));

        // Several intermittent probes: the longest interval serves them all; flat ones ask for none.
        Assert.Equal(16, VerdictRules.ResampleInterval(Record([Judged(0, 1, 2, 2, 3), Judged(0, 0, 1, 1, 1)], new WindowSampled(4)), Rules));
        Assert.Null(VerdictRules.ResampleInterval(Record([Judged(5, 5, 5, 5, 5)], new WindowSampled(4)), Rules));
    }

    [Fact]
    public void Rule4_the_resample_cap_is_8k_even_for_the_slowest_growth()
    {
        Assert.Equal(16, GrowthClassifier.ResampleInterval(sampleEvery: 2, samplesThatGrew: 1, runs: 1_000));
        Assert.Equal(4, GrowthClassifier.ResampleInterval(sampleEvery: 2, samplesThatGrew: 4, runs: 8));
    }

    [Theory]
    [InlineData(6, 16, new long[] { 0, 0, 5, 5, 5, 10, 10 })] // 5 objects every 6 runs: 2 of 6 samples grew, not net 10
    [InlineData(12, 16, new long[] { 0, 0, 0, 3, 3, 3, 3 })] // 3 objects every 12 runs: 1 sample grew, not net 3
    [InlineData(4, 8, new long[] { 0, 2, 2, 4, 4, 6, 6 })] // 2 objects every 4 runs: 3 samples grew
    [InlineData(3, 8, new long[] { 0, 0, 4, 8, 8, 12, 16 })] // 4 objects every 3 runs: 4 samples grew
    public void Rule4_a_leak_in_bursts_is_resampled_at_least_one_burst_period_apart(int period, int interval, long[] series)
    {
        // The defaults' first window (6 samples of 2 runs): the period is estimated from the samples that grew, each of
        // which holds a burst, so a burst of several objects does not look like several objects spread out.
        var rules = new SamplingRules(Samples: 6, SampleEvery: 2, AllowedGrowth: 0);

        var resampleEvery = VerdictRules.ResampleInterval(Record([Judged(series)], new WindowSampled(6)), rules);

        Assert.Equal(interval, resampleEvery);
        Assert.True(resampleEvery >= period, $"re-sampled every {resampleEvery} runs, a burst comes every {period}");
    }

    [Fact]
    public void Rule4_a_slow_leak_that_grows_in_every_resample_is_a_leak_and_says_so()
    {
        // One object every 3 runs: [1, 0, 1, 1] per 2 runs, then [3, 2, 3, 3] per 8 runs, then confirmed.
        var record = Record([Judged(0, 1, 1, 2, 3, 6, 8, 11, 14, 17)], new WindowSampled(4), new Resampled(8, 8), new HardSettled(9));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Leaking, decision.Verdict);
        var finding = Assert.IsType<ResampledFinding>(decision.Probes[0].Finding);
        Assert.True(finding.GrewInEverySample);
        Assert.Equal([1, 0, 1, 1], finding.Before);
        Assert.Equal([3, 2, 3, 3], finding.After);
        Assert.Equal(8, decision.Probes[0].Window.RunsPerSample);
        Assert.Equal(8, VerdictRules.ConfirmationRuns(record with { Events = [.. record.Events.SkipLast(1)] }, Rules));
    }

    [Fact]
    public void Rule4_a_bounded_cache_that_stops_while_resampled_is_cleared_with_a_note()
    {
        var record = Record([Judged(0, 1, 1, 2, 3, 5, 6, 6, 6)], new WindowSampled(4), new Resampled(8, 8));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Passed, decision.Verdict);
        Assert.Equal(ProbeState.Cleared, decision.Probes[0].State);
        var finding = Assert.IsType<ResampledFinding>(decision.Probes[0].Finding);
        Assert.False(finding.GrewInEverySample);
        Assert.Equal([2, 1, 0, 0], finding.After);
    }

    [Fact]
    public void Rule5_growth_that_vanishes_at_the_hard_settle_passes_with_a_note()
    {
        var record = Record([Judged(10, 11, 12, 13, 14, 10)], new WindowSampled(4), new HardSettled(5));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Passed, decision.Verdict);
        Assert.Equal(ProbeState.Cleared, decision.Probes[0].State);
        Assert.Equal(new FellBackFinding(10), decision.Probes[0].Finding);
    }

    [Fact]
    public void Rule5_a_candidate_waits_for_the_hard_settle_and_the_confirmation_runs_one_window_interval()
    {
        var record = Record([Judged(10, 11, 12, 13, 14), Judged(3, 3, 3, 3, 3)], new WindowSampled(4));

        Assert.Equal(ProbeState.Candidate, Judge(record).State);
        Assert.Equal(LeakVerdict.Passed, VerdictRules.Decide(record, Rules, strict: null).Verdict);
        Assert.Equal(2, VerdictRules.ConfirmationRuns(record, Rules));
        Assert.Null(VerdictRules.ConfirmationRuns(Record([Judged(3, 3, 3, 3, 3)], new WindowSampled(4)), Rules));
    }

    [Theory]
    [InlineData(null, LeakVerdict.NothingChecked)]
    [InlineData(true, LeakVerdict.NothingChecked)]
    [InlineData(false, LeakVerdict.Passed)]
    public void Rule6_a_check_whose_every_judged_type_never_appeared_checks_nothing(bool? strict, LeakVerdict expected)
    {
        var record = Record([Judged(0, 0, 0, 0, 0), Reported(7, 8, 9, 10, 11)], new WindowSampled(4), new NothingRegistered(0, 3));

        var decision = VerdictRules.Decide(record, Rules, strict);

        Assert.Equal(expected, decision.Verdict);
        Assert.Equal(new NothingRegisteredFinding("judged", 3, strict), Assert.Single(decision.Findings));
    }

    [Theory]
    [InlineData(null, LeakVerdict.Passed)]
    [InlineData(true, LeakVerdict.NothingChecked)]
    [InlineData(false, LeakVerdict.Passed)]
    public void Rule6_one_type_that_never_appeared_beside_others_is_a_note_and_fails_only_when_strict(bool? strict, LeakVerdict expected)
    {
        var record = Record([Judged(0, 0, 0, 0, 0), Judged(4, 4, 4, 4, 4)], new WindowSampled(4), new NothingRegistered(0, 0));

        Assert.Equal(expected, VerdictRules.Decide(record, Rules, strict).Verdict);
    }

    [Fact]
    public void Rule6_a_leak_is_reported_as_a_leak_even_when_another_type_never_appeared()
    {
        var record = Record([Judged(0, 0, 0, 0, 0, 0), Judged(1, 2, 3, 4, 5, 6)], new WindowSampled(4), new HardSettled(5), new NothingRegistered(0, 0));

        Assert.Equal(LeakVerdict.Leaking, VerdictRules.Decide(record, Rules, strict: true).Verdict);
    }

    [Fact]
    public void Reported_probes_never_fail_the_check_however_they_grow()
    {
        var record = Record([Judged(3, 3, 3, 3, 3, 3), Reported(1, 2, 3, 4, 5, 6)], new WindowSampled(4), new HardSettled(5));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Passed, decision.Verdict);
        Assert.Equal(ProbeOutcome.ReportedOnly, decision.Probes[1].Outcome);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    [InlineData(false, false, true)]
    public void Rule7_a_process_wide_leak_warns_when_other_work_may_have_counted(bool runsAlone, bool overlapped, bool warns)
    {
        CheckEvent[] events = overlapped ? [new WindowSampled(4), new OtherCheckRan(), new HardSettled(5)] : [new WindowSampled(4), new HardSettled(5)];
        var record = new CheckRecord([new ProbeSeries("timers", IsProcessWide: true, Judged: true, [1, 2, 3, 4, 5, 6])], events, runsAlone);

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Leaking, decision.Verdict);
        Assert.Equal(warns ? [new SharedProcessFinding(overlapped)] : [], decision.Findings);
    }

    [Fact]
    public void A_probe_that_failed_to_stop_is_a_note_and_leaves_the_verdict()
    {
        var record = Record([Judged(3, 3, 3, 3, 3)], new WindowSampled(4), new StopFailed("pool", "disposed"));

        var decision = VerdictRules.Decide(record, Rules, strict: null);

        Assert.Equal(LeakVerdict.Passed, decision.Verdict);
        Assert.Equal(new StopFailedFinding("pool", "disposed"), Assert.Single(decision.Findings));
    }

    [Theory]
    [InlineData(6, 2, 0, 1, 12, "FirstWindow")]
    [InlineData(8, 2, 0, 1, 16, "FirstWindow")]
    [InlineData(20, 2, 0, 1, 16, "Resampling")]
    [InlineData(8, 5, 0, 1, 40, "FirstWindow")]
    [InlineData(6, 2, 1, 1, 6, "Allowance")]
    [InlineData(6, 2, 5, 1, 2, "Allowance")]
    [InlineData(6, 2, 11, 1, 1, "Allowance")]
    [InlineData(6, 2, 12, 2, 1, "Allowance")]
    [InlineData(6, 2, 30, 3, 1, "Allowance")]
    [InlineData(40, 2, 1, 1, 16, "Resampling")]
    public void Rule_floor_is_the_first_window_s_runs_per_allowed_object_and_at_most_8k(int samples, int sampleEvery, long allowed, long objects, int runs, string bound)
    {
        var floor = new SamplingRules(samples, sampleEvery, allowed).Floor;

        Assert.Equal((objects, runs, bound), (floor.Objects, floor.Runs, floor.Bound.ToString()));
    }

    [Fact]
    public void Rule_floor_is_in_every_decision_whatever_the_verdict()
    {
        var decision = VerdictRules.Decide(Record([Judged(10, 11, 12, 13, 14, 15)], new WindowSampled(4), new HardSettled(5)), Rules, strict: null);

        Assert.Equal(LeakVerdict.Leaking, decision.Verdict);
        Assert.Equal((1, 8), (decision.Floor.Objects, decision.Floor.Runs));
    }

    private static ProbeJudgement Judge(CheckRecord record) => VerdictRules.JudgeProbe(record.Probes[0], record, Rules);

    private static CheckRecord Record(ProbeSeries[] probes, params CheckEvent[] events) => new(probes, events, RunsAlone: true);

    private static ProbeSeries Judged(params long[] values) => new("judged", IsProcessWide: false, Judged: true, values);

    private static ProbeSeries Reported(params long[] values) => new("reported", IsProcessWide: true, Judged: false, values);
}
