namespace LifetimeAssert.Verdict;

/// <summary>What the sweep saw of one passing test; nothing decided.</summary>
/// <param name="Leaks">What it left behind, one entry per type, site and kind.</param>
/// <param name="Expected">The test is marked as a known leak.</param>
/// <param name="BaselinedTypes">The types the baseline lists for this test.</param>
internal sealed record SweepRecord(IReadOnlyList<SweepLeak> Leaks, bool Expected, IReadOnlyCollection<string> BaselinedTypes);
