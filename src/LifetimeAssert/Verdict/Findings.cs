namespace LifetimeAssert.Verdict;

/// <summary>What the verdict found beyond the plain window; the report writes each as a note.</summary>
internal abstract record Finding;

/// <summary>Rule 3: the first window was extended by <paramref name="Added"/> samples of <paramref name="RunsPerSample"/> runs while a count kept growing.</summary>
internal sealed record ExtendedFinding(int Added, int RunsPerSample) : Finding;

/// <summary>Rule 4: intermittent growth re-sampled with a longer interval; a leak only if every new sample grew.</summary>
internal sealed record ResampledFinding(long[] Before, int SampleEvery, long[] After, int Interval, bool GrewInEverySample) : Finding;

/// <summary>Rule 5: the count grew in every sample but fell back to <paramref name="Value"/> after the harder settle.</summary>
internal sealed record FellBackFinding(long Value) : Finding;

/// <summary>Rule 6: a tracked type of which no instance was registered.</summary>
internal sealed record NothingRegisteredFinding(string Probe, long UncountedOffFlow, bool? Strict) : Finding;

/// <summary>A process-wide probe leaked while other work may have run (another check, or other tests).</summary>
internal sealed record SharedProcessFinding(bool Overlapped) : Finding;

/// <summary>A probe failed while it stopped.</summary>
internal sealed record StopFailedFinding(string Probe, string Message) : Finding;
