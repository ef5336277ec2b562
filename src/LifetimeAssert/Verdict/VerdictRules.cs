namespace LifetimeAssert.Verdict;

/// <summary>
/// Every rule that decides a probe's outcome and a check's verdict, from what the runner recorded and nothing else
/// (docs/options.md, "How a verdict is reached", rules 3 to 6). Pure: the runner asks it what to do next from the record
/// so far, and the report is built from its decision.
/// </summary>
internal static class VerdictRules
{
    /// <summary>
    /// Rule 3: after <paramref name="taken"/> samples, sample again while the first window is short, then, up to the
    /// extension's last sample, while a judged probe grew in every sample of its window so far: the first window, then
    /// the extended one, whose samples are <see cref="SamplingRules.ExtensionSpacing"/> times further apart.
    /// </summary>
    public static bool ExtendsWindow(IEnumerable<ProbeSeries> probes, int taken, SamplingRules rules) =>
        taken < rules.Samples
        || (taken < rules.Samples + rules.ExtensionSamples
            && probes.Any(p => p.Judged && rules.FirstWindow(taken).Growth(p.Values, rules.AllowedGrowth) == GrowthKind.Steady));

    /// <summary>
    /// Rule 4: the interval to re-sample intermittent probes with, from the samples of each one's judged window that grew
    /// (<see cref="GrowthClassifier.ResampleInterval"/>), or null when none is intermittent.
    /// </summary>
    public static int? ResampleInterval(CheckRecord record, SamplingRules rules)
    {
        var intervals = Judge(record, rules)
            .Where(p => p.Judgement.State == ProbeState.Intermittent)
            .Select(p => GrowthClassifier.ResampleInterval(
                rules.SampleEvery,
                p.Judgement.Window.GrowingSamples(p.Series.Values),
                p.Judgement.Window.Samples * p.Judgement.Window.RunsPerSample))
            .ToArray();
        return intervals.Length > 0 ? intervals.Max() : null;
    }

    /// <summary>Rule 5: the runs that record creation sites before the harder settle, or null when no probe is a candidate.</summary>
    public static int? ConfirmationRuns(CheckRecord record, SamplingRules rules)
    {
        var runs = Judge(record, rules)
            .Where(p => p.Judgement.State == ProbeState.Candidate)
            .Select(p => p.Judgement.Window.RunsPerSample)
            .ToArray();
        return runs.Length > 0 ? runs.Max() : null;
    }

    /// <summary>The verdict and every probe's outcome.</summary>
    public static CheckDecision Decide(CheckRecord record, SamplingRules rules, bool? strict)
    {
        var probes = record.Probes.Select(p => JudgeProbe(p, record, rules)).ToArray();
        var missing = record.Events.OfType<NothingRegistered>().ToArray();
        var verdict = record.Inconclusive is not null ? LeakVerdict.Inconclusive
            : probes.Any(p => p.State == ProbeState.Leaking) ? LeakVerdict.Leaking
            : ChecksNothing(record, missing, strict) ? LeakVerdict.NothingChecked
            : LeakVerdict.Passed;

        var findings = new List<Finding>();
        findings.AddRange(missing.Select(m => new NothingRegisteredFinding(record.Probes[m.Probe].Name, m.UncountedOffFlow, strict)));
        if (record.WindowEnd is { } end && end > rules.Samples)
        {
            findings.Add(new ExtendedFinding(end - rules.Samples, rules.RunsBefore(end)));
        }

        var sharedProcess = probes.Zip(record.Probes).Any(p => p.First.State == ProbeState.Leaking && p.Second.IsProcessWide);
        if (sharedProcess && (record.Overlapped || !record.RunsAlone))
        {
            findings.Add(new SharedProcessFinding(record.Overlapped));
        }

        findings.AddRange(record.Events.OfType<StopFailed>().Select(s => new StopFailedFinding(s.Probe, s.Message)));
        return new CheckDecision(verdict, probes, findings, record.Inconclusive, rules.Floor);
    }

    /// <summary>Rules 3–5 for one probe: the first window, then re-sampling if it was intermittent, then confirmation if it grew in every sample.</summary>
    public static ProbeJudgement JudgeProbe(ProbeSeries probe, CheckRecord record, SamplingRules rules)
    {
        var values = probe.Values;
        var window = record.WindowEnd is { } end ? rules.FirstWindow(end) : LastWindow(values, rules);
        if (!probe.Judged)
        {
            return new ProbeJudgement(ProbeState.ReportedOnly, window, null);
        }

        var growth = window.Growth(values, rules.AllowedGrowth);
        if (growth == GrowthKind.Flat)
        {
            return new ProbeJudgement(ProbeState.Flat, window, null);
        }

        if (growth == GrowthKind.Steady)
        {
            return Confirm(values, window, record, rules, null);
        }

        if (record.Resample is not { } resample)
        {
            return new ProbeJudgement(ProbeState.Intermittent, window, null);
        }

        var again = JudgedWindow.Last(resample.End, rules.Samples, resample.Interval);
        var grew = again.Growth(values, rules.AllowedGrowth) == GrowthKind.Steady;
        var finding = new ResampledFinding(window.Deltas(values), window.RunsPerSample, again.Deltas(values), resample.Interval, grew);
        return grew ? Confirm(values, again, record, rules, finding) : new ProbeJudgement(ProbeState.Cleared, again, finding);
    }

    /// <summary>Rule 5: growth in every sample is a leak only if the harder settle still shows it above the allowance.</summary>
    private static ProbeJudgement Confirm(IReadOnlyList<long> values, JudgedWindow window, CheckRecord record, SamplingRules rules, Finding? finding)
    {
        if (record.HardSettleAt is not { } at)
        {
            return new ProbeJudgement(ProbeState.Candidate, window, finding);
        }

        return values[at] - window.StartValue(values) > rules.AllowedGrowth
            ? new ProbeJudgement(ProbeState.Leaking, window, finding)
            : new ProbeJudgement(ProbeState.Cleared, window, new FellBackFinding(values[at]));
    }

    /// <summary>
    /// Rule 6: a check whose every judged probe is a tracked type that never appeared checks nothing and fails, unless
    /// Strict = false; with Strict = true, any tracked type that never appeared fails.
    /// </summary>
    private static bool ChecksNothing(CheckRecord record, NothingRegistered[] missing, bool? strict)
    {
        if (missing.Length == 0 || strict == false)
        {
            return false;
        }

        var missed = missing.Select(m => m.Probe).ToHashSet();
        return strict == true || Enumerable.Range(0, record.Probes.Count).Where(i => record.Probes[i].Judged).All(missed.Contains);
    }

    private static JudgedWindow LastWindow(IReadOnlyList<long> values, SamplingRules rules) =>
        JudgedWindow.Last(values.Count - 1, rules.Samples, rules.SampleEvery);

    private static IEnumerable<(ProbeSeries Series, ProbeJudgement Judgement)> Judge(CheckRecord record, SamplingRules rules) =>
        record.Probes.Select(p => (p, JudgeProbe(p, record, rules)));
}
