namespace LifetimeAssert;

/// <summary>Fails a test the per-test sweep found leaking (or whose expected leak is fixed); its message is the report.</summary>
public sealed class LeakSweepException : CheckFailedException
{
    /// <summary>Creates the exception for a failed sweep report.</summary>
    /// <param name="report">The report.</param>
    public LeakSweepException(SweepReport report)
        : base(report)
    {
        Report = report;
    }

    /// <summary>The report.</summary>
    public SweepReport Report { get; }
}
