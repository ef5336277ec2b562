namespace LifetimeAssert;

/// <summary>Thrown by <see cref="LeakReport.ThrowIfLeaking"/>; its message is the report.</summary>
public sealed class LeakDetectedException : CheckFailedException
{
    /// <summary>Creates the exception for a failed report.</summary>
    /// <param name="report">The report of the failed check.</param>
    public LeakDetectedException(LeakReport report)
        : base(report)
    {
        Report = report;
    }

    /// <summary>The report of the failed check.</summary>
    public LeakReport Report { get; }
}
