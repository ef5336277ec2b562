namespace LifetimeAssert;

/// <summary>Thrown by <see cref="AllocationReport.ThrowIfOverBudget"/>; its message is the report.</summary>
public sealed class AllocationBudgetExceededException : CheckFailedException
{
    /// <summary>Creates the exception for a report over budget.</summary>
    /// <param name="report">The report of the failed check.</param>
    public AllocationBudgetExceededException(AllocationReport report)
        : base(report)
    {
        Report = report;
    }

    /// <summary>The report of the failed check.</summary>
    public AllocationReport Report { get; }
}
