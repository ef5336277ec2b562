using LifetimeAssert.Tracking;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>
/// Runs one leak check's body: warm-up, a window of samples, extension while a probe keeps growing, slower re-sampling
/// of intermittent growth, then confirmation with creation sites. Each sample follows a settle. The runner records
/// series and events only; <see cref="VerdictRules"/> decides what they mean, also which phase comes next.
/// </summary>
internal sealed class LeakRunner
{
    private readonly LeakOptions _options;
    private readonly SamplingRules _rules;
    private readonly CheckBody _body;
    private readonly CheckBudget _budget;
    private readonly CancellationToken _cancellationToken;
    private readonly TrackingScope _scope;
    private readonly RecordedProbe[] _probes;
    private readonly ProbeSeries[] _series;
    private readonly Sampler _sampler;
    private readonly List<CheckEvent> _events = [];
    private readonly IReadOnlyList<Type> _seenBefore;
    private readonly long _runsBefore;
    private TimeSpan _baselineAt;

    private LeakRunner(LeakOptions options, CheckBody body, TrackingScope scope, RecordedProbe[] probes, IReadOnlyList<Type> seenBefore, CheckBudget budget)
    {
        _options = options;
        _rules = SamplingRules.From(options);
        _body = body;
        _scope = scope;
        _budget = budget;
        _cancellationToken = budget.Token;
        _runsBefore = body.CompletedRuns;
        _probes = probes;
        _seenBefore = seenBefore;
        _series = _probes.Select(p => p.Series).ToArray();
        _sampler = new Sampler(_probes, budget.ProbeCalls);
    }

    /// <summary>
    /// Starts the probes, runs every phase, stops the probes and returns what was recorded. The body's exception
    /// propagates (after the probes were stopped): it is what the test reports.
    /// </summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">The check's options.</param>
    /// <param name="scope">The check's tracking scope, entered in the body's flow for the runs.</param>
    /// <param name="probes">The check's probes, judged ones first.</param>
    /// <param name="seenBefore">Types registered on a run the test framework made before the check: they count as seen.</param>
    /// <param name="budget">The check's time budget and the test's cancellation: either stops the runs between two runs.</param>
    public static async Task<LeakRun> RunAsync(
        CheckBody body, LeakOptions options, TrackingScope scope, RecordedProbe[] probes, IReadOnlyList<Type> seenBefore, CheckBudget budget)
    {
        var runner = new LeakRunner(options, body, scope, probes, seenBefore, budget);
        var started = new List<Probe>();
        try
        {
            if ((StartAll(probes, started, budget) ?? await runner.MeasureAsync().ConfigureAwait(false)) is { } inconclusive)
            {
                runner._events.Add(inconclusive);
            }

            runner._events.AddRange(ProbeCalls.StopAll(started));
            started.Clear();
            runner.RecordMissingTypes();
            var record = runner.Record();
            return new LeakRun(record, runner.Counts(), runner.OffFlow(record));
        }
        finally
        {
            // Reached with probes still started only when the body threw: its exception is what the test reports.
            ProbeCalls.StopAll(started);
        }
    }

    /// <summary>
    /// Starts every probe; returns why a probe cannot count or the time budget ran out (the check is then inconclusive),
    /// or null. The test's own cancellation propagates.
    /// </summary>
    private static Inconclusive? StartAll(RecordedProbe[] probes, List<Probe> started, CheckBudget budget)
    {
        try
        {
            foreach (var probe in probes)
            {
                ProbeCalls.Start(probe.Probe, budget.ProbeCalls, started);
            }

            return null;
        }
        catch (ProbeCallException e)
        {
            return new Inconclusive(e.Cause);
        }
        catch (OperationCanceledException) when (budget.IsSpent)
        {
            return new Inconclusive(new TimeBudgetSpent(budget.Limit, budget.Elapsed, 0));
        }
    }

    /// <summary>
    /// Runs every phase; returns why the heap never settled, a probe could not count or the time budget ran out, or
    /// null. The test's own cancellation propagates.
    /// </summary>
    private async Task<Inconclusive?> MeasureAsync()
    {
        var previous = _scope.Enter();
        try
        {
            await RunBodyAsync(_options.Warmup).ConfigureAwait(false);
            if (Sample() is { } baselineFailure)
            {
                return baselineFailure;
            }

            _baselineAt = _budget.Elapsed;
            return await SampleWindowAsync().ConfigureAwait(false)
                ?? await ResampleIntermittentAsync().ConfigureAwait(false)
                ?? await ConfirmAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_budget.IsSpent)
        {
            return new Inconclusive(new TimeBudgetSpent(_budget.Limit, _budget.Elapsed, Runs));
        }
        finally
        {
            TrackingScope.Restore(previous);
        }
    }

    /// <summary>Rule 3: R samples of k runs, extended by samples of 3k runs while a probe grows in every sample.</summary>
    private async Task<Inconclusive?> SampleWindowAsync()
    {
        for (var taken = 0; VerdictRules.ExtendsWindow(_series, taken, _rules); taken++)
        {
            await RunBodyAsync(_rules.RunsBefore(taken + 1)).ConfigureAwait(false);
            if ((Sample() ?? WouldOverrunBudget(taken + 1)) is { } failure)
            {
                return failure;
            }
        }

        _events.Add(new WindowSampled(LastSample));
        return null;
    }

    /// <summary>Rule 4: net growth with flat samples is re-sampled with a longer interval before it is cleared.</summary>
    private async Task<Inconclusive?> ResampleIntermittentAsync()
    {
        if (VerdictRules.ResampleInterval(Record(), _rules) is not { } interval)
        {
            return null;
        }

        for (var taken = 0; taken < _rules.Samples; taken++)
        {
            await RunBodyAsync(interval).ConfigureAwait(false);
            if (Sample() is { } failure)
            {
                return failure;
            }
        }

        _events.Add(new Resampled(interval, LastSample));
        return null;
    }

    /// <summary>Rule 5: confirmation runs record creation sites, then a harder settle must still show the growth.</summary>
    private async Task<Inconclusive?> ConfirmAsync()
    {
        if (VerdictRules.ConfirmationRuns(Record(), _rules) is not { } runs)
        {
            return null;
        }

        _scope.CaptureCreationSites(true);
        try
        {
            await RunBodyAsync(runs).ConfigureAwait(false);
        }
        finally
        {
            _scope.CaptureCreationSites(false);
        }

        if (Sample(hard: true) is { } failure)
        {
            return failure;
        }

        _events.Add(new HardSettled(LastSample));
        return null;
    }

    private int LastSample => _sampler.Taken - 1;

    /// <summary>The time budget's early stop: the first window's samples still planned would overrun it at the pace so far.</summary>
    private Inconclusive? WouldOverrunBudget(int taken)
    {
        var elapsed = _budget.Elapsed;
        var projected = TimeBudgetRules.ProjectedTotal(elapsed, elapsed - _baselineAt, taken, _rules.Samples);
        return TimeBudgetRules.Overruns(projected, _budget.Limit)
            ? new Inconclusive(new TimeBudgetWouldOverrun(_budget.Limit, elapsed, projected!.Value, (elapsed - _baselineAt) / taken, _rules.Samples - taken))
            : null;
    }

    /// <summary>The runs this check made so far.</summary>
    private long Runs => _body.CompletedRuns - _runsBefore;

    private Task RunBodyAsync(int runs) => _body.RunAsync(runs, _cancellationToken);

    private Inconclusive? Sample(bool hard = false)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var failure = _sampler.Sample(hard);
        if (ActiveChecks.OthersBeside(_scope) && !_events.OfType<OtherCheckRan>().Any())
        {
            _events.Add(new OtherCheckRan());
        }

        return failure;
    }

    /// <summary>Rule 6's input: tracked types never registered in flow, off flow and counted, or before the check.</summary>
    private void RecordMissingTypes()
    {
        var uncounted = _scope.UncountedOffFlow();
        for (var i = 0; i < _probes.Length; i++)
        {
            if (_probes[i].TrackedType is { } type && !_scope.HasSeen(type) && !_seenBefore.Any(type.IsAssignableFrom))
            {
                _events.Add(new NothingRegistered(i, uncounted.Where(u => type.IsAssignableFrom(u.Key)).Sum(u => u.Value)));
            }
        }
    }

    private CheckRecord Record() => new(_series, _events.ToArray(), _options.RunsAlone);

    private OffFlowCounts OffFlow(CheckRecord record) =>
        new(record.RunsAlone && !record.Overlapped, _scope.CountedOffFlow, _scope.UncountedOffFlow().Values.Sum());

    // Checked: the options' bounds keep a check below 1.5 million runs (SamplingRules.MaximumRuns), and its time budget
    // stops it sooner; should that ever change, the report fails loudly instead of showing a wrapped count.
    private RunCounts Counts() => new(_options.Warmup, _rules.Samples, _rules.SampleEvery, checked((int)Runs));
}
