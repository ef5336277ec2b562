using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>A probe could not start or count; <see cref="Cause"/> says why, and the check ends as inconclusive.</summary>
internal sealed class ProbeCallException(InconclusiveCause cause, Exception? inner) : Exception(cause.ToString(), inner)
{
    public InconclusiveCause Cause { get; } = cause;
}
