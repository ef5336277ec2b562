namespace LifetimeAssert.Tests;

/// <summary>
/// A check's total time budget (issue 19, part 6): spent, or sure to be overrun at the pace of the first samples, it
/// ends the check as inconclusive with a message naming the budget and how to change it. No test here times anything:
/// the bodies move a <see cref="ManualClock"/> and count their runs.
/// </summary>
public sealed class TimeBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_spent_budget_stops_a_leak_check_at_the_next_run_as_inconclusive()
    {
        var clock = new ManualClock();
        var runs = 0;
        var options = Options(o => o.TimeBudget(TimeSpan.FromSeconds(10)).Warmup(3));

        // Slow warm-up runs: the budget runs out in the second one.
        var report = await Run(options, clock, () =>
        {
            runs++;
            clock.Advance(TimeSpan.FromSeconds(5));
        });

        Assert.Equal(2, runs);
        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.False(report.Passed);
        Assert.Equal(2, report.TotalRuns);
        Assert.Equal(
            "the check's time budget of 10 s was spent after 2 runs (10 s), so it stopped there. Raise the budget "
            + "(TimeBudgetSeconds = n on the attribute, .TimeBudget(TimeSpan) on the options: 1 s to 24 h, default 10 min) "
            + "or make the check cheaper (fewer Iterations or Warmup, a larger SampleEvery, fewer Census names)",
            report.InconclusiveReason);
        Assert.StartsWith("AssertNoLeak: inconclusive for Budget (warm-up 3, 6 samples x 2 runs, 2 runs in all)", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_that_would_overrun_the_budget_stops_after_its_first_samples()
    {
        var clock = new ManualClock();
        var runs = 0;

        // 100000 iterations of a 1 s run would take a day: the first two samples (2 runs each) show it.
        var options = Options(o => o.TimeBudget(TimeSpan.FromMinutes(1)).Iterations(100_000).SampleEvery(2));
        var report = await Run(options, clock, () =>
        {
            runs++;
            clock.Advance(TimeSpan.FromSeconds(1));
        });

        Assert.Equal(3 + 4, runs);
        Assert.Equal(LeakVerdict.Inconclusive, report.Verdict);
        Assert.StartsWith(
            "at the pace of its first samples (2 s each) the check would take about 27 h 46 min, over its time budget of 1 min, "
            + "so it stopped after 7 s with 49998 samples still planned. Raise the budget (TimeBudgetSeconds = n on the attribute",
            report.InconclusiveReason,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_within_its_budget_is_judged_as_usual()
    {
        var clock = new ManualClock();
        var runs = 0;
        var options = Options(o => o.TimeBudget(TimeSpan.FromMinutes(1)));

        var report = await Run(options, clock, () =>
        {
            runs++;
            clock.Advance(TimeSpan.FromSeconds(1));
        });

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(3 + 12, runs);
    }

    [Fact]
    public async Task The_test_cancellation_is_not_a_spent_budget()
    {
        using var cancellation = new CancellationTokenSource();
        var runs = 0;
        var options = Options(o => o.TimeBudget(TimeSpan.FromMinutes(1)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new LeakCheck(options, new ManualClock()).RunAsync(
            CheckBody.From(() =>
            {
                if (++runs == 5)
                {
                    cancellation.Cancel();
                }
            }),
            CheckContext.ForCode("Budget", EngineServices.None),
            cancellation.Token));
        Assert.Equal(5, runs);
    }

    [Fact]
    public async Task A_spent_budget_stops_an_allocation_check_as_inconclusive_never_a_pass()
    {
        var clock = new ManualClock();
        var runs = 0;
        var options = new AllocationOptionsBuilder().MaxBytesPerRun(1_000_000).TimeBudget(TimeSpan.FromSeconds(5)).Name("Budget").Build(EngineServices.None);

        // 3 warm-up runs, 5 calibration runs of an empty body (they take no time here), then the budget runs out in the second measured run.
        var report = await new AllocationCheck(options, clock: clock).RunAsync(
            CheckBody.From(() =>
            {
                runs++;
                clock.Advance(TimeSpan.FromSeconds(1));
            }),
            CheckContext.ForCode("Budget", EngineServices.None),
            Ct);

        Assert.Equal(5, runs);
        Assert.Equal(AllocationVerdict.Inconclusive, report.Verdict);
        Assert.False(report.Passed);
        Assert.Equal(2, report.BytesPerRun.Count);
        Assert.StartsWith("the check's time budget of 5 s was spent after 10 runs (5 s), so it stopped there.", report.InconclusiveReason, StringComparison.Ordinal);
        var text = report.ToString();
        Assert.StartsWith("AssertAllocations: inconclusive for Budget: median ", text, StringComparison.Ordinal);
        Assert.Contains("  inconclusive: the check's time budget of 5 s was spent", text, StringComparison.Ordinal);
        Assert.Equal(text, Assert.Throws<AllocationBudgetExceededException>(report.ThrowIfOverBudget).Message);
    }

    [Theory]
    [InlineData(0.5, "0.5")]
    [InlineData(0, "0")]
    [InlineData(-1, "-1")]
    [InlineData(86_401, "86401")]
    public void A_budget_out_of_its_bounds_is_refused(double seconds, string shown) =>
        Assert.Equal(
            [$"TimeBudget (TimeBudgetSeconds on the attribute) is {shown} s; it must be between 1 s and 86400 s (24 h)."],
            Assert.Throws<LeakConfigurationException>(() => Options(o => o.TimeBudget(TimeSpan.FromSeconds(seconds)))).Errors);

    [Fact]
    public void The_default_budget_is_ten_minutes_for_both_kinds_of_check()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), Options(_ => { }).TimeBudget);
        Assert.Equal(TimeSpan.FromMinutes(10), new AllocationOptionsBuilder().MaxBytesPerRun(1).Build(EngineServices.None).TimeBudget);
        Assert.Equal(600, CheckOptions.DefaultTimeBudgetSeconds);
    }

    [Fact]
    public void The_attribute_sets_the_budget_and_the_nearest_level_wins()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), LeakOptionsOf(nameof(BudgetedClass.Inherits)).TimeBudget);
        Assert.Equal(TimeSpan.FromHours(2), LeakOptionsOf(nameof(BudgetedClass.Overrides)).TimeBudget);
        Assert.Equal(600, new Budget().TimeBudgetSeconds);
        var error = Assert.Throws<LeakConfigurationException>(() => LeakOptionsOf(nameof(BudgetedClass.Refused)));
        Assert.Equal(["TimeBudget (TimeBudgetSeconds on the attribute) is 0 s; it must be between 1 s and 86400 s (24 h)."], error.Errors);
    }

    [Theory]
    [InlineData(0.25, "0.25 s")]
    [InlineData(42, "42 s")]
    [InlineData(600, "10 min")]
    [InlineData(61, "1 min 1 s")]
    [InlineData(5400, "1 h 30 min")]
    [InlineData(86400, "24 h")]
    public void Durations_read_as_people_say_them(double seconds, string expected) =>
        Assert.Equal(expected, InconclusiveText.Duration(TimeSpan.FromSeconds(seconds)));

    private static LeakOptions Options(Action<LeakOptionsBuilder> configure)
    {
        var builder = new LeakOptionsBuilder().Name("Budget").Probe(Probe.Counter("flat", () => 0));
        configure(builder);
        return builder.Build(EngineServices.None);
    }

    private static Task<LeakReport> Run(LeakOptions options, ManualClock clock, Action body) =>
        new LeakCheck(options, clock).RunAsync(CheckBody.From(body), CheckContext.ForCode("Budget", EngineServices.None), Ct);

    private static LeakOptions LeakOptionsOf(string method) =>
        ((LeakCheck)CheckKinds.Leak.Create(typeof(BudgetedClass).GetMethod(method)!, typeof(BudgetedClass), null, "S", true, EngineServices.None)).Options;

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
    private sealed class Budget : LeakCheckAttribute;

    [Budget(TimeBudgetSeconds = 30, Judge = ProcessProbes.Timers)]
    private sealed class BudgetedClass
    {
        public void Inherits()
        {
        }

        [Budget(TimeBudgetSeconds = 7200)]
        public void Overrides()
        {
        }

        [Budget(TimeBudgetSeconds = 0)]
        public void Refused()
        {
        }
    }
}
