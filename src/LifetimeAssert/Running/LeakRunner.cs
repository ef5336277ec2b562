namespace LifetimeAssert;

/// <summary>
/// Runs one check: warm-up, a window of samples, extension while a probe keeps growing, slower re-sampling
/// of intermittent growth, then confirmation with creation sites. Each sample follows a settle.
/// </summary>
internal sealed class LeakRunner
{
    /// <summary>The judged window may be extended up to this many times its length while a probe keeps growing.</summary>
    internal const int MaxExtensionFactor = 3;

    private readonly LeakOptions _options;
    private readonly CheckBody _body;
    private readonly CancellationToken _cancellationToken;
    private readonly TrackingScope _scope;
    private readonly ProbeSlot[] _slots;
    private readonly ProbeSlot[] _judged;
    private readonly ProbeSlot[] _settling;
    private readonly long[] _counts;
    private readonly long[] _scratch;
    private readonly List<string> _notes = [];
    private int _runs;
    private bool _overlapped;

    private LeakRunner(LeakOptions options, CheckBody body, TrackingScope scope, CancellationToken cancellationToken)
    {
        _options = options;
        _body = body;
        _scope = scope;
        _cancellationToken = cancellationToken;
        _slots = ProbeSlots.Create(options, scope);
        _judged = _slots.Where(s => s.Judged).ToArray();
        _settling = _judged.Where(s => s.Probe is not IApproximateProbe).ToArray();
        _counts = new long[_settling.Length];
        _scratch = new long[_settling.Length];
    }

    private int SampleEvery => _options.SampleEvery;

    private int Samples => _options.Samples;

    public static async Task<LeakReport> RunAsync(CheckBody body, LeakOptions options, string subject, CancellationToken cancellationToken)
    {
        using var scope = new TrackingScope(options.RunsAlone);
        var runner = new LeakRunner(options, body, scope, cancellationToken);
        ActiveChecks.Enter(scope);
        var started = new List<Probe>();
        try
        {
            var inconclusive = StartAll(runner._slots, started)
                ?? await runner.MeasureAsync().ConfigureAwait(false);
            runner._notes.AddRange(ProbeCalls.StopAll(started));
            started.Clear();
            return ReportBuilder.Build(subject, options, runner._slots, runner._notes, runner.Counts(), inconclusive, runner.Attribution());
        }
        finally
        {
            ActiveChecks.Exit(scope);

            // Reached with probes still started only when the body threw: its exception is what the test reports.
            ProbeCalls.StopAll(started);
        }
    }

    /// <summary>Starts every probe; returns why a probe cannot count (the check is then inconclusive), or null.</summary>
    private static string? StartAll(ProbeSlot[] slots, List<Probe> started)
    {
        try
        {
            foreach (var slot in slots)
            {
                ProbeCalls.Start(slot.Probe);
                started.Add(slot.Probe);
            }

            return null;
        }
        catch (ProbeInconclusiveException e)
        {
            return e.Message;
        }
    }

    /// <summary>Runs every phase; returns why the heap never settled or a probe could not count, or null.</summary>
    private async Task<string?> MeasureAsync()
    {
        var previous = _scope.Enter();
        try
        {
            await RunBodyAsync(_options.Warmup).ConfigureAwait(false);
            if (Sample() is { } baselineFailure)
            {
                return baselineFailure;
            }

            return await SampleWindowAsync().ConfigureAwait(false)
                ?? await ResampleIntermittentAsync().ConfigureAwait(false)
                ?? await ConfirmAsync().ConfigureAwait(false);
        }
        finally
        {
            TrackingScope.Restore(previous);
        }
    }

    /// <summary>Rule 3: R samples of k runs, extended (up to 3R) while a probe grows in every sample.</summary>
    private async Task<string?> SampleWindowAsync()
    {
        var taken = 0;
        var extended = false;
        while (taken < Samples || (taken < Samples * MaxExtensionFactor && _judged.Any(s => s.Growth == GrowthKind.Steady)))
        {
            extended |= taken >= Samples;
            await RunBodyAsync(SampleEvery).ConfigureAwait(false);
            if (Sample() is { } failure)
            {
                return failure;
            }

            taken++;

            // Report-only probes get the same window, so the report shows them over the judged samples.
            foreach (var slot in _slots)
            {
                slot.SetWindow(Samples, SampleEvery, _options.AllowedGrowth);
            }
        }

        if (extended)
        {
            _notes.Add($"sampling was extended to {taken} samples while a count kept growing (a bounded pool or cache stops)");
        }

        return null;
    }

    /// <summary>Rule 4: net growth with flat samples is re-sampled with a longer interval before it is cleared.</summary>
    private async Task<string?> ResampleIntermittentAsync()
    {
        var intermittent = _judged.Where(s => s.Growth == GrowthKind.Intermittent).ToArray();
        if (intermittent.Length == 0)
        {
            return null;
        }

        var interval = intermittent.Max(s => GrowthClassifier.ResampleInterval(
            SampleEvery, s.WindowDeltas().Sum(), s.WindowSamples * SampleEvery));
        for (var taken = 0; taken < Samples; taken++)
        {
            await RunBodyAsync(interval).ConfigureAwait(false);
            if (Sample() is { } failure)
            {
                return failure;
            }
        }

        foreach (var slot in intermittent)
        {
            var before = string.Join(", ", slot.WindowDeltas());
            slot.SetWindow(Samples, interval, _options.AllowedGrowth);
            var after = string.Join(", ", slot.WindowDeltas());
            slot.Note = slot.Growth == GrowthKind.Steady
                ? $"grew only in some samples [{before}] per {SampleEvery} runs; re-sampled every {interval} runs it grew in every sample [{after}]"
                : $"grew only in some samples [{before}] per {SampleEvery} runs; re-sampled every {interval} runs [{after}], not every sample grew, so it is not a leak";
            if (slot.Growth != GrowthKind.Steady)
            {
                slot.Outcome = ProbeOutcome.Cleared;
            }
        }

        return null;
    }

    /// <summary>Rule 5: confirmation runs record creation sites, then a harder settle must still show the growth.</summary>
    private async Task<string?> ConfirmAsync()
    {
        var candidates = _judged.Where(s => s.Growth == GrowthKind.Steady).ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var runs = candidates.Max(s => s.WindowRunsPerSample);
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

        foreach (var slot in candidates)
        {
            if (slot.Series[^1] - slot.WindowStartValue > _options.AllowedGrowth)
            {
                slot.Outcome = ProbeOutcome.Leaking;
            }
            else
            {
                slot.Outcome = ProbeOutcome.Cleared;
                slot.Note = $"grew in every sample but fell back to {slot.Series[^1]} after a harder settle; not a leak";
            }
        }

        if (candidates.Any(s => s.Outcome == ProbeOutcome.Leaking && s.Probe.IsProcessWide) && (_overlapped || !_options.RunsAlone))
        {
            _notes.Add((_overlapped ? "another leak check ran at the same time" : "other tests may have run at the same time")
                + "; process-wide probes count their objects too. " + Isolation.Advice + " to trust this verdict");
        }

        return null;
    }

    private async Task RunBodyAsync(int runs)
    {
        _runs += runs;
        await _body.RunAsync(runs, _cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Settles, then appends a value to every probe's series; returns why it could not settle or why a probe
    /// could not count (<see cref="ProbeInconclusiveException"/>), or null.
    /// </summary>
    private string? Sample(bool hard = false)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return SampleAll(hard);
        }
        catch (ProbeInconclusiveException e)
        {
            return e.Message;
        }
    }

    private string? SampleAll(bool hard)
    {
        var outcome = GcSettler.Settle(ReadSettling, _counts, _scratch, hard);
        if (!outcome.IsSettled)
        {
            return outcome.Failure;
        }

        _overlapped |= ActiveChecks.Count > 1;
        for (var i = 0; i < _settling.Length; i++)
        {
            _settling[i].Series.Add(_counts[i]);
            (_settling[i].Probe as IRecordedSampleObserver)?.OnSampleRecorded();
        }

        // Approximate and report-only probes are read once, after the settled ones.
        foreach (var slot in _slots)
        {
            if (!slot.Judged || slot.Probe is IApproximateProbe)
            {
                slot.Series.Add(ProbeCalls.Sample(slot.Probe));
                (slot.Probe as IRecordedSampleObserver)?.OnSampleRecorded();
            }
        }

        return null;
    }

    private void ReadSettling(long[] counts)
    {
        for (var i = 0; i < _settling.Length; i++)
        {
            counts[i] = ProbeCalls.Sample(_settling[i].Probe);
        }
    }

    /// <summary>Which tracked types were never registered, and what was registered outside the check's flow.</summary>
    private Attribution Attribution()
    {
        var uncounted = _scope.UncountedOffFlow();
        var missing = _slots.Where(s => s.TrackedType is { } type && !_scope.HasSeen(type) && !_options.SeenBefore.Any(type.IsAssignableFrom))
            .Select(s => new MissingType(s, uncounted.Where(u => s.TrackedType!.IsAssignableFrom(u.Key)).Sum(u => u.Value)))
            .ToArray();
        return new Attribution(_options.RunsAlone && !_overlapped, _scope.CountedOffFlow, uncounted.Values.Sum(), missing);
    }

    private RunCounts Counts() => new(_options.Warmup, Samples, SampleEvery, _runs);
}
