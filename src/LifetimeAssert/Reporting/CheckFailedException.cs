using LifetimeAssert.Reporting;

namespace LifetimeAssert;

/// <summary>
/// The failure of a check (<see cref="LeakDetectedException"/>, <see cref="AllocationBudgetExceededException"/>); its
/// message is the check's report. Test frameworks that recognize an assertion failure by the interface name
/// <c>IAssertionException</c> (xUnit v3) report it as a failed assertion, not an error.
/// </summary>
public abstract class CheckFailedException : Exception, IAssertionException
{
    private protected CheckFailedException(CheckReport report)
        : base((report ?? throw new ArgumentNullException(nameof(report))).ToString())
    {
    }
}
