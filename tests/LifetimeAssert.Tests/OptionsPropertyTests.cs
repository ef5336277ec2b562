using System.Globalization;
using CsCheck;
using LifetimeAssert.Adapters;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Tests;

/// <summary>
/// Property-based tests of the options (issue 19): thousands of random option sets, as attribute instances merged
/// assembly → class → method the way an adapter merges them (<see cref="CheckKinds"/>), and as builder calls. An
/// independent model of the documented rules says which are valid; every invalid one must be a
/// <see cref="LeakConfigurationException"/> naming each of its problems, every valid one must build, and no other
/// exception type may ever come out. A smaller sample also runs them: an invalid set never reaches the body, a valid one
/// runs it (a body that only counts, with few iterations) and ends in a report.
/// </summary>
public sealed class OptionsPropertyTests
{
    private const long Iterations = 3_000;

    // A census that knows the names starting with "Known.", so census names can be valid or unknown without a heap walk.
    private static readonly EngineServices Services = new(new KnownNamesCensus(), null, null, null);

    private static readonly Gen<Type?> AnyType = Gen.Frequency(
        (8, Gen.OneOf<Type?>(typeof(Session), typeof(object), typeof(string), typeof(List<int>), typeof(IDisposable))),
        (1, Gen.OneOf<Type?>(typeof(int), typeof(List<>), typeof(Math), null)));

    private static readonly Gen<string?> AnyCensusName = Gen.Frequency(
        (8, Gen.OneOf<string?>("Known.A", "Known.B", "Known.C")),
        (1, Gen.OneOf<string?>("Unknown.D", "", "  ", null)));

    private static readonly Gen<ProcessProbes> AnyJudge = Gen.Frequency(
        (6, Gen.Const(ProcessProbes.None)),
        (3, Gen.Int[1, 15].Select(i => (ProcessProbes)i)),
        (1, Gen.Const((ProcessProbes)64)));

    // Each setting: mostly unset or within its bounds, sometimes an edge or any value at all (then mostly out of bounds).
    private static readonly Gen<int?> AnyIterations = Setting(Gen.OneOf(3, 6, 12, 24, 48, 96, 99_999, 100_000), Gen.OneOf(0, 13, 100_001));
    private static readonly Gen<int?> AnyWarmup = Setting(Gen.OneOf(0, 1, 3, 10, 10_000), Gen.OneOf(-1, 10_001));
    private static readonly Gen<int?> AnySampleEvery = Setting(Gen.OneOf(1, 2, 3, 6, 33_333), Gen.OneOf(0, -1, 33_334));
    private static readonly Gen<int?> AnyTimeBudgetSeconds = Setting(Gen.OneOf(1, 60, 600, 86_400), Gen.OneOf(0, -1, 86_401));
    private static readonly Gen<long?> AnyAllowedGrowth = Setting(Gen.Long[0, 10], Gen.OneOf(-1L, 1_000_000_001L, long.MaxValue, long.MinValue), Gen.OneOf(1_000_000_000L));
    private static readonly Gen<long?> AnyMaxBytesPerRun = Setting(Gen.Long[1, 100_000], Gen.OneOf(0L, -1L, 1_000_000_000_001L, long.MaxValue), Gen.OneOf(1_000_000_000_000L));

    private static readonly Gen<LeakLevel> AnyLeakLevel = Gen.Select(
        AnyIterations, AnyWarmup, AnySampleEvery, AnyAllowedGrowth, AnyTimeBudgetSeconds, AnyType.Array[0, 3], AnyCensusName.Array[0, 2], AnyJudge,
        (iterations, warmup, sampleEvery, allowedGrowth, budget, track, census, judge) =>
            new LeakLevel(iterations, warmup, sampleEvery, allowedGrowth, budget, track, census, judge));

    private static readonly Gen<AllocationLevel> AnyAllocationLevel = Gen.Select(
        AnyIterations, AnyWarmup, AnyMaxBytesPerRun, AnyTimeBudgetSeconds, (iterations, warmup, budget, seconds) => new AllocationLevel(iterations, warmup, budget, seconds));

    private static readonly Gen<LeakLevel[]> AnyLeakLevels = AnyLeakLevel.Array[1, 3];

    private static readonly Gen<AllocationLevel[]> AnyAllocationLevels = AnyAllocationLevel.Array[1, 3];

    private static Gen<int?> Setting(Gen<int> within, Gen<int> edges) => Gen.Frequency(
        (4, Gen.Const(default(int?))),
        (6, within.Select(v => (int?)v)),
        (1, edges.Select(v => (int?)v)),
        (1, Gen.Int.Select(v => (int?)v)));

    /// <summary>Mostly one of <paramref name="usual"/>, sometimes one of <paramref name="rare"/>.</summary>
    private static Gen<T> Rarely<T>(Gen<T> usual, Gen<T> rare) => Gen.Frequency((12, usual), (1, rare));

    private static Gen<long?> Setting(Gen<long> within, Gen<long> outside, Gen<long> edges) => Gen.Frequency(
        (4, Gen.Const(default(long?))),
        (6, within.Select(v => (long?)v)),
        (1, edges.Select(v => (long?)v)),
        (1, outside.Select(v => (long?)v)));

    [Fact]
    public void Random_attribute_levels_of_a_leak_check_are_refused_with_every_problem_or_built()
    {
        var tally = new Tally();
        AnyLeakLevels.Sample(
            levels => tally.Add(ExpectOutcome(Expectations.Of(levels), () => CheckKinds.Leak.Create(levels.Select(l => l.ToAttribute()), Services))),
            iter: Iterations,
            print: Print);
        tally.AssertBothSeenOften();
    }

    [Fact]
    public void Random_attribute_levels_of_an_allocation_check_are_refused_with_every_problem_or_built()
    {
        var tally = new Tally();
        AnyAllocationLevels.Sample(
            levels => tally.Add(ExpectOutcome(Expectations.Of(levels), () => CheckKinds.Allocations.Create(levels.Select(l => l.ToAttribute()), Services))),
            iter: Iterations,
            print: Print);
        tally.AssertBothSeenOften();
    }

    [Fact]
    public void Random_builder_calls_are_refused_with_every_problem_or_built()
    {
        var leak = new Tally();
        AnyLeakLevel.Sample(
            level => leak.Add(ExpectOutcome(Expectations.Of([level]), () => level.ApplyTo(new LeakOptionsBuilder()).Build(Services))),
            iter: Iterations,
            print: l => Print([l]));
        leak.AssertBothSeenOften();
        var allocation = new Tally();
        AnyAllocationLevel.Sample(
            level => allocation.Add(ExpectOutcome(Expectations.Of([level]), () => level.ApplyTo(new AllocationOptionsBuilder()).Build(Services))),
            iter: Iterations,
            print: l => Print([l]));
        allocation.AssertBothSeenOften();
    }

    [Fact]
    public async Task Random_small_option_sets_never_reach_the_body_when_invalid_and_run_it_when_valid()
    {
        // Few iterations, so the valid ones run fast; still a mix of valid and invalid values.
        var iterations = Rarely(Gen.OneOf<int?>(null, 3, 6, 8, 12), Gen.OneOf<int?>(0, 5, 7));
        var warmup = Rarely(Gen.OneOf<int?>(null, 0, 1, 3), Gen.OneOf<int?>(-1));
        var sampleEvery = Rarely(Gen.OneOf<int?>(null, 1, 2), Gen.OneOf<int?>(0, 5));
        var allowedGrowth = Rarely(Gen.OneOf<long?>(null, 0, 5), Gen.OneOf<long?>(-1));
        var budget = Rarely(Gen.OneOf<int?>(null, 60), Gen.OneOf<int?>(0));
        var judge = Rarely(Gen.OneOf(ProcessProbes.None, ProcessProbes.Timers), Gen.OneOf((ProcessProbes)64));
        var leak = Gen.Select(
            iterations, warmup, sampleEvery, allowedGrowth, budget, AnyType.Array[1, 2], AnyCensusName.Array[0, 1], judge,
            (iterations, warmup, sampleEvery, allowedGrowth, budget, track, census, judge) =>
                new LeakLevel(iterations, warmup, sampleEvery, allowedGrowth, budget, track, census, judge));
        var allocation = Gen.Select(iterations, warmup, Rarely(Gen.OneOf<long?>(4096), Gen.OneOf<long?>(0)), budget, (i, w, b, s) => new AllocationLevel(i, w, b, s));
        var tally = new Tally();

        await Gen.Select(leak, allocation.Null(0.5)).SampleAsync(
            async (level, allocationLevel) => tally.Add(await RunAsTest(level, allocationLevel)),
            iter: 100,
            threads: 1,
            print: t => Print([t.Item1]) + (t.Item2 is { } a ? " + " + Print([a]) : string.Empty));
        tally.AssertBothSeenOften();
    }

    /// <summary>
    /// A test with [AssertNoLeak] (and maybe [AssertAllocations]) at one level, prepared and run as an adapter does;
    /// returns whether its options were valid (and it ran).
    /// </summary>
    private static async Task<bool> RunAsTest(LeakLevel level, AllocationLevel? allocationLevel)
    {
        var expected = Expectations.Of([level]);
        var expectedAllocation = allocationLevel is null ? Expectations.Valid : Expectations.Of([allocationLevel]);
        var runs = 0;
        var body = TestBody.Of(() =>
        {
            runs++;
            LifetimeTracker.Track(new Session());
        });

        List<ICheck> checks;
        try
        {
            checks = [CheckKinds.Leak.Create([level.ToAttribute()], Services)];
            if (allocationLevel is not null)
            {
                checks.Add(CheckKinds.Allocations.Create([allocationLevel.ToAttribute()], Services));
            }
        }
        catch (LeakConfigurationException e)
        {
            Assert.False(expected.IsValid && expectedAllocation.IsValid, $"Refused a valid set: {e.Message}");
            Assert.Equal(0, runs);
            return false;
        }

        Assert.True(expected.IsValid && expectedAllocation.IsValid, "Accepted an invalid set.");
        var output = new Lines();
        var failure = await new TestChecks(checks, new TestName("OptionsPropertyTests.Run", "OptionsPropertyTests.Run"), "Run it alone", Services)
            .RunAsync(body, output, cancellationToken: TestContext.Current.CancellationToken);

        var options = ((LeakCheck)checks[0]).Options;
        Assert.StartsWith("AssertNoLeak: ", output.Text[0], StringComparison.Ordinal);
        Assert.InRange(runs, 1, options.Warmup + SamplingRules.From(options).MaximumRuns(options.Warmup) + 100_000);
        if (!output.Text[0].StartsWith("AssertNoLeak: inconclusive", StringComparison.Ordinal))
        {
            Assert.True(runs >= options.Warmup + options.Iterations, $"{runs} runs: {output.Text[0]}");
        }

        Assert.True(failure is null or LeakDetectedException or AllocationBudgetExceededException, failure?.GetType().FullName);
        return true;
    }

    /// <summary>
    /// Builds (or fails to build) and checks the outcome against the model: refused with every problem, or built.
    /// Returns whether it was built.
    /// </summary>
    private static bool ExpectOutcome(Expectations expected, Func<object> build)
    {
        try
        {
            build();
        }
        catch (LeakConfigurationException e)
        {
            Assert.False(expected.IsValid, $"Refused a valid set: {e.Message}");
            Assert.NotEmpty(e.Errors);
            foreach (var problem in expected.Problems)
            {
                Assert.True(e.Errors.Any(error => error.Contains(problem, StringComparison.Ordinal)), $"No error names \"{problem}\": {e.Message}");
            }

            Assert.StartsWith("Invalid ", e.Message, StringComparison.Ordinal);
            return false;
        }

        Assert.True(expected.IsValid, $"Accepted an invalid set; expected: {string.Join(" | ", expected.Problems)}");
        return true;
    }

    private static string Print(IEnumerable<object> levels) => string.Join(" → ", levels);

    /// <summary>One attribute level of a leak check (null: not set at this level), also applied as builder calls.</summary>
    private sealed record LeakLevel(
        int? Iterations, int? Warmup, int? SampleEvery, long? AllowedGrowth, int? TimeBudgetSeconds, Type?[] Track, string?[] Census, ProcessProbes Judge)
    {
        public PropertyLeak ToAttribute()
        {
            var attribute = new PropertyLeak { Track = Track!, Census = Census!, Judge = Judge };
            Set(Iterations, v => attribute.Iterations = v);
            Set(Warmup, v => attribute.Warmup = v);
            Set(SampleEvery, v => attribute.SampleEvery = v);
            Set(AllowedGrowth, v => attribute.AllowedGrowth = v);
            Set(TimeBudgetSeconds, v => attribute.TimeBudgetSeconds = v);
            return attribute;
        }

        public LeakOptionsBuilder ApplyTo(LeakOptionsBuilder builder)
        {
            Set(Iterations, v => builder.Iterations(v));
            Set(Warmup, v => builder.Warmup(v));
            Set(SampleEvery, v => builder.SampleEvery(v));
            Set(AllowedGrowth, v => builder.AllowedGrowth(v));
            Set(TimeBudgetSeconds, v => builder.TimeBudget(TimeSpan.FromSeconds(v)));
            foreach (var type in Track)
            {
                builder.Track(type!);
            }

            foreach (var name in Census)
            {
                builder.Census(name!);
            }

            return builder.Judge(Judge);
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"[Iterations {Iterations}, Warmup {Warmup}, SampleEvery {SampleEvery}, AllowedGrowth {AllowedGrowth}, TimeBudgetSeconds {TimeBudgetSeconds}, Track [{string.Join(", ", Track.Select(t => t?.Name ?? "null"))}], Census [{string.Join(", ", Census.Select(c => c is null ? "null" : $"\"{c}\""))}], Judge {(int)Judge}]");
    }

    /// <summary>One attribute level of an allocation check, also applied as builder calls.</summary>
    private sealed record AllocationLevel(int? Iterations, int? Warmup, long? MaxBytesPerRun, int? TimeBudgetSeconds)
    {
        public PropertyAllocations ToAttribute()
        {
            var attribute = new PropertyAllocations();
            Set(Iterations, v => attribute.Iterations = v);
            Set(Warmup, v => attribute.Warmup = v);
            Set(MaxBytesPerRun, v => attribute.MaxBytesPerRun = v);
            Set(TimeBudgetSeconds, v => attribute.TimeBudgetSeconds = v);
            return attribute;
        }

        public AllocationOptionsBuilder ApplyTo(AllocationOptionsBuilder builder)
        {
            Set(Iterations, v => builder.Iterations(v));
            Set(Warmup, v => builder.Warmup(v));
            Set(MaxBytesPerRun, v => builder.MaxBytesPerRun(v));
            Set(TimeBudgetSeconds, v => builder.TimeBudget(TimeSpan.FromSeconds(v)));
            return builder;
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture, $"[Iterations {Iterations}, Warmup {Warmup}, MaxBytesPerRun {MaxBytesPerRun}, TimeBudgetSeconds {TimeBudgetSeconds}]");
    }

    private static void Set<T>(T? value, Action<T> set)
        where T : struct
    {
        if (value is { } v)
        {
            set(v);
        }
    }

    /// <summary>
    /// The documented rules, written again from the README's bounds (not from OptionRules): the problems a merged set of
    /// levels must be refused for, each as a piece of text its error must hold. Valid when there is none.
    /// </summary>
    private sealed record Expectations(IReadOnlyList<string> Problems)
    {
        public static Expectations Valid { get; } = new([]);

        public bool IsValid => Problems.Count == 0;

        public static Expectations Of(IReadOnlyList<LeakLevel> levels)
        {
            var problems = new List<string>();
            var iterations = Nearest(levels, l => l.Iterations) ?? 12;
            var warmup = Nearest(levels, l => l.Warmup) ?? 3;
            var sampleEvery = Nearest(levels, l => l.SampleEvery) ?? 2;
            var allowedGrowth = Nearest(levels, l => l.AllowedGrowth) ?? 0;
            var track = levels.SelectMany(l => l.Track).ToList();
            var census = levels.SelectMany(l => l.Census).ToList();
            var judge = levels.Aggregate(ProcessProbes.None, (all, l) => all | l.Judge);
            Shared(problems, iterations, warmup, Nearest(levels, l => l.TimeBudgetSeconds) ?? 600);
            var iterationsValid = iterations is >= 1 and <= 100_000;
            if (sampleEvery <= 0 || (iterationsValid && 3L * sampleEvery > 100_000))
            {
                problems.Add("SampleEvery is");
            }
            else if (iterationsValid && iterations % sampleEvery != 0)
            {
                problems.Add($"Iterations ({iterations}) must be a multiple of SampleEvery ({sampleEvery})");
            }
            else if (iterationsValid && iterations / sampleEvery < 3)
            {
                problems.Add("at least 3 are needed");
            }

            if (allowedGrowth is < 0 or > 1_000_000_000)
            {
                problems.Add("AllowedGrowth is");
            }

            if (((int)judge & ~15) != 0)
            {
                problems.Add("Judge has unknown flags");
            }

            foreach (var type in track)
            {
                problems.Add(type switch
                {
                    null => "Track has a null type",
                    { IsValueType: true } => "is a value type",
                    { ContainsGenericParameters: true } => "open generic types cannot be tracked",
                    { IsAbstract: true, IsSealed: true } => "is a static class",
                    _ => string.Empty,
                });
            }

            problems.AddRange(census.Where(string.IsNullOrWhiteSpace).Select(_ => "Census has an empty type name"));
            if (census.All(n => !string.IsNullOrWhiteSpace(n)))
            {
                problems.AddRange(census.Where(n => !n!.StartsWith("Known.", StringComparison.Ordinal)).Select(n => $"Census name \"{n}\" matches no loaded type"));
            }

            if (track.Count == 0 && census.Count == 0 && judge == ProcessProbes.None)
            {
                problems.Add("Nothing is checked");
            }

            return new(problems.Where(p => p.Length > 0).Distinct().ToList());
        }

        public static Expectations Of(IReadOnlyList<AllocationLevel> levels)
        {
            var problems = new List<string>();
            Shared(problems, Nearest(levels, l => l.Iterations) ?? 12, Nearest(levels, l => l.Warmup) ?? 3, Nearest(levels, l => l.TimeBudgetSeconds) ?? 600);
            switch (Nearest(levels, l => l.MaxBytesPerRun))
            {
                case null:
                    problems.Add("MaxBytesPerRun is not set");
                    break;
                case <= 0 or > 1_000_000_000_000:
                    problems.Add("MaxBytesPerRun is");
                    break;
            }

            return new(problems);
        }

        private static void Shared(List<string> problems, int iterations, int warmup, int timeBudgetSeconds)
        {
            if (iterations is < 1 or > 100_000)
            {
                problems.Add($"Iterations is {iterations.ToString(CultureInfo.InvariantCulture)};");
            }

            if (warmup is < 0 or > 10_000)
            {
                problems.Add($"Warmup is {warmup.ToString(CultureInfo.InvariantCulture)};");
            }

            if (timeBudgetSeconds is < 1 or > 86_400)
            {
                problems.Add("TimeBudget (TimeBudgetSeconds on the attribute) is");
            }
        }

        private static T? Nearest<TLevel, T>(IReadOnlyList<TLevel> levels, Func<TLevel, T?> setting)
            where T : struct =>
            levels.Reverse().Select(setting).FirstOrDefault(v => v is not null);
    }

    /// <summary>How many sets were valid and invalid: a property that saw (almost) only one kind proves little.</summary>
    private sealed class Tally
    {
        private int _valid;
        private int _invalid;

        public void Add(bool valid) => Interlocked.Increment(ref valid ? ref _valid : ref _invalid);

        public void AssertBothSeenOften()
        {
            var total = _valid + _invalid;
            Assert.True(_valid * 20 >= total && _invalid * 20 >= total, $"{_valid} valid and {_invalid} invalid sets: the generators are off balance.");
        }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
    private sealed class PropertyLeak : LeakCheckAttribute;

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
    private sealed class PropertyAllocations : AllocationCheckAttribute;

    /// <summary>Knows every name that starts with "Known."; refuses the others as the real census does, with a census probe per name.</summary>
    private sealed class KnownNamesCensus : ICensusProvider
    {
        public long HeapWalks => 0;

        public IReadOnlyList<Probe> CreateProbes(IReadOnlyList<string> typeNames)
        {
            var unknown = typeNames.Where(n => !n.StartsWith("Known.", StringComparison.Ordinal)).ToList();
            return unknown.Count > 0
                ? throw new LeakConfigurationException(unknown.Select(n => $"Census name \"{n}\" matches no loaded type.").ToList())
                : typeNames.Distinct(StringComparer.Ordinal).Select(n => Probe.Counter("census " + n, () => 0)).ToList();
        }
    }

    private sealed class Lines : ICheckOutput
    {
        public List<string> Text { get; } = [];

        public void WriteLine(string text) => Text.Add(text);

        public void Attach(ReportFile file)
        {
        }
    }
}

/// <summary>The property tests' way into <see cref="AttributeCheckKind{TAttribute, TBuilder, TOptions}"/> with attribute instances.</summary>
internal static class CheckKindInstances
{
    public static ICheck Create(this CheckKind kind, IEnumerable<CheckAttribute> levels, EngineServices services) => kind switch
    {
        AttributeCheckKind<LeakCheckAttribute, LeakOptionsBuilder, LeakOptions> leak =>
            leak.Create(levels.Cast<LeakCheckAttribute>(), typeof(OptionsPropertyTests), null, "OptionsPropertyTests.Run", runsAlone: false, services),
        AttributeCheckKind<AllocationCheckAttribute, AllocationOptionsBuilder, AllocationOptions> allocations =>
            allocations.Create(levels.Cast<AllocationCheckAttribute>(), typeof(OptionsPropertyTests), null, "OptionsPropertyTests.Run", runsAlone: false, services),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a check kind of an attribute"),
    };
}
