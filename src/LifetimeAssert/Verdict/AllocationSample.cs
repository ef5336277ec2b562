namespace LifetimeAssert.Verdict;

/// <summary>
/// The bytes one run allocated: on the thread that started it (up to the point its task was returned) and in the whole
/// process (up to the point the run completed). <see cref="CompletedSynchronously"/> says whether the thread figure is the
/// whole run.
/// </summary>
internal readonly record struct AllocationSample(long ThreadBytes, long ProcessBytes, bool CompletedSynchronously);
