namespace LifetimeAssert;

/// <summary>
/// Thrown by a probe that cannot give a trustworthy count right now (its source is unavailable or returned an
/// incomplete answer). The check then ends as <see cref="LeakVerdict.Inconclusive"/> with this message as the
/// reason, which fails the test: an unknown count is never read as 0, and never passes silently.
/// </summary>
public sealed class ProbeInconclusiveException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What went wrong and how to fix it; shown in the report after the probe's name.</param>
    public ProbeInconclusiveException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    /// <param name="reason">What went wrong and how to fix it; shown in the report after the probe's name.</param>
    /// <param name="innerException">The underlying error.</param>
    public ProbeInconclusiveException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
