namespace LifetimeAssert.Verdict;

/// <summary>The sweep's verdict on one test and what it was reached on.</summary>
/// <param name="Outcome">The verdict.</param>
/// <param name="NewLeaks">Leaks the baseline does not list.</param>
/// <param name="BaselinedLeaks">Leaks the baseline lists.</param>
/// <param name="FixedBaselineTypes">Types the baseline lists for the test that it no longer leaks: their lines can go.</param>
internal sealed record SweepDecision(SweepOutcome Outcome, IReadOnlyList<SweepLeak> NewLeaks, IReadOnlyList<SweepLeak> BaselinedLeaks, IReadOnlyList<string> FixedBaselineTypes)
{
    public bool Passed => Outcome is SweepOutcome.Clean or SweepOutcome.Baselined or SweepOutcome.ExpectedLeak;
}
