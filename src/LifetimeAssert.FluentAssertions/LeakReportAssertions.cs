using FluentAssertions;
using FluentAssertions.Primitives;

namespace LifetimeAssert.FluentAssertions;

/// <summary>Assertions on a <see cref="LeakReport"/>, from <c>report.Should()</c>.</summary>
public sealed class LeakReportAssertions : ReferenceTypeAssertions<LeakReport, LeakReportAssertions>
{
    /// <summary>Creates the assertions for a report.</summary>
    /// <param name="subject">The report; null fails every assertion.</param>
    public LeakReportAssertions(LeakReport subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "report";

    /// <summary>Asserts that the check passed: no leak, not inconclusive, and (in strict mode) something was checked.</summary>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the report.</returns>
    public AndConstraint<LeakReportAssertions> HaveNoLeaks(string because = "", params object[] becauseArgs)
    {
        LeakCheck.Verify(Subject, "Expected {context:report} to have no leaks", because, becauseArgs);
        return new AndConstraint<LeakReportAssertions>(this);
    }
}
