namespace LifetimeAssert.Verdict;

/// <summary>Why a check could conclude nothing; the report says it in words.</summary>
internal abstract record InconclusiveCause;

/// <summary>A forced garbage collection did not run (a weak sentinel survived it).</summary>
internal sealed record NoCollection : InconclusiveCause;

/// <summary>The counts kept changing over <paramref name="Rounds"/> forced collections.</summary>
internal sealed record NeverSettled(int Rounds) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> said it cannot count right now, for <paramref name="Reason"/> (its own words).</summary>
internal sealed record ProbeCannotCount(string Probe, string Reason) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> threw while <paramref name="Action"/>.</summary>
internal sealed record ProbeFailed(string Probe, ProbeAction Action, string Message) : InconclusiveCause;

/// <summary>A call of probe <paramref name="Probe"/> while <paramref name="Action"/> ran past <paramref name="Limit"/>.</summary>
internal sealed record ProbeTimedOut(string Probe, ProbeAction Action, TimeSpan Limit) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> returned a negative count.</summary>
internal sealed record NegativeCount(string Probe, long Value) : InconclusiveCause;

/// <summary>The check's time budget <paramref name="Budget"/> was spent after <paramref name="Elapsed"/> and <paramref name="Runs"/> runs of the body.</summary>
internal sealed record TimeBudgetSpent(TimeSpan Budget, TimeSpan Elapsed, long Runs) : InconclusiveCause;

/// <summary>
/// At the pace of its first samples (<paramref name="PerSample"/> each), the check's first window would take
/// <paramref name="Projected"/> in all, over its budget <paramref name="Budget"/>: it stopped after <paramref name="Elapsed"/>
/// with <paramref name="SamplesLeft"/> samples still planned.
/// </summary>
internal sealed record TimeBudgetWouldOverrun(TimeSpan Budget, TimeSpan Elapsed, TimeSpan Projected, TimeSpan PerSample, int SamplesLeft) : InconclusiveCause;

/// <summary>
/// <paramref name="Implausible"/> of the <paramref name="Readings"/> readings of an allocation counter cannot be true:
/// <paramref name="BelowKnown"/> read fewer bytes than the <paramref name="KnownBytes"/> the meter allocates in every run
/// (the least read <paramref name="Least"/>), <paramref name="ThreadAboveProcess"/> read more on the running thread than in
/// the whole process. The runtime's counters have returned 0 at random (dotnet/runtime#118826).
/// </summary>
internal sealed record ImplausibleAllocationReadings(
    AllocationMeasurement Counter, int Readings, int Implausible, int BelowKnown, int ThreadAboveProcess, long KnownBytes, long Least) : InconclusiveCause;

/// <summary>What the engine asked of a probe when it failed.</summary>
internal enum ProbeAction
{
    Starting,
    Sampling,
    PreparingConfirmation,
}
