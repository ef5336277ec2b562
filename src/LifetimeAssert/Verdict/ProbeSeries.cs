namespace LifetimeAssert.Verdict;

/// <summary>What the runner recorded for one probe: its settled counts, the baseline after the warm-up first.</summary>
/// <param name="Name">The probe's name.</param>
/// <param name="IsProcessWide">The probe counts the whole process, not only the check's objects.</param>
/// <param name="Judged">The probe's growth can fail the check; otherwise it is only reported.</param>
/// <param name="Values">One value per sample, in order.</param>
internal sealed record ProbeSeries(string Name, bool IsProcessWide, bool Judged, IReadOnlyList<long> Values);
