namespace LifetimeAssert.Verdict;

/// <summary>
/// The sweep's rules for one passing test: anything left behind fails it, unless the baseline lists it (reported, not
/// failed) or the test is marked as a known leak (reported, not failed — and a marked test that leaks nothing fails, so
/// the marker goes once the leak is fixed).
/// </summary>
internal static class SweepRules
{
    private static readonly SweepDecision Clean = new(SweepOutcome.Clean, [], [], []);
    private static readonly SweepDecision ExpectedButClean = new(SweepOutcome.ExpectedButClean, [], [], []);

    public static SweepDecision Decide(SweepRecord record)
    {
        // Nearly every test of a swept suite: decided without allocating.
        if (record.Leaks.Count == 0 && record.BaselinedTypes.Count == 0)
        {
            return record.Expected ? ExpectedButClean : Clean;
        }

        var baselined = record.Leaks.Where(l => record.BaselinedTypes.Contains(l.Type)).ToArray();
        var fresh = record.Leaks.Except(baselined).ToArray();
        var fixedTypes = record.BaselinedTypes.Where(t => !record.Leaks.Any(l => l.Type == t)).Order(StringComparer.Ordinal).ToArray();
        var outcome = record.Expected ? (record.Leaks.Count > 0 ? SweepOutcome.ExpectedLeak : SweepOutcome.ExpectedButClean)
            : fresh.Length > 0 ? SweepOutcome.Leaked
            : baselined.Length > 0 ? SweepOutcome.Baselined
            : SweepOutcome.Clean;
        return new SweepDecision(outcome, fresh, baselined, fixedTypes);
    }
}
