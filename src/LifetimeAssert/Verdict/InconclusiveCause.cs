namespace LifetimeAssert.Verdict;

/// <summary>Why a check could conclude nothing; the report says it in words.</summary>
internal abstract record InconclusiveCause;

/// <summary>A forced garbage collection did not run (a weak sentinel survived it).</summary>
internal sealed record NoCollection : InconclusiveCause;

/// <summary>The counts kept changing over <paramref name="Rounds"/> forced collections.</summary>
internal sealed record NeverSettled(int Rounds) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> said it cannot count right now, for <paramref name="Reason"/> (its own words).</summary>
internal sealed record ProbeCannotCount(string Probe, string Reason) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> threw while <paramref name="Action"/>.</summary>
internal sealed record ProbeFailed(string Probe, ProbeAction Action, string Message) : InconclusiveCause;

/// <summary>Probe <paramref name="Probe"/> returned a negative count.</summary>
internal sealed record NegativeCount(string Probe, long Value) : InconclusiveCause;

/// <summary>What the engine asked of a probe when it failed.</summary>
internal enum ProbeAction
{
    Starting,
    Sampling,
    PreparingConfirmation,
}
