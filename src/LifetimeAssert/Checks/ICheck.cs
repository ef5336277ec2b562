using LifetimeAssert.Running;

namespace LifetimeAssert.Checks;

/// <summary>
/// One kind of check on a code path (a leak check, an allocation check): runs the body as its options say, decides,
/// diagnoses a failure, and reports. Every kind is run by the same orchestration.
/// </summary>
internal interface ICheck
{
    /// <summary>Runs the check; the body's own exception propagates as itself.</summary>
    Task<CheckReport> RunAsync(CheckBody body, CheckContext context, CancellationToken cancellationToken);
}
