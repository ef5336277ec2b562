namespace LifetimeAssert.Verdict;

/// <summary>Where a probe stands: decided, or waiting for a phase the runner has not run yet.</summary>
internal enum ProbeState
{
    ReportedOnly,
    Flat,

    /// <summary>Net growth with some flat samples; decided after re-sampling.</summary>
    Intermittent,

    /// <summary>Grew in every sample; decided after the confirmation's harder settle.</summary>
    Candidate,
    Leaking,
    Cleared,
}

/// <summary>One probe's judgement: its state, the window it was judged on, and what was found beyond the plain window.</summary>
internal sealed record ProbeJudgement(ProbeState State, JudgedWindow Window, Finding? Finding)
{
    /// <summary>The public outcome. A check that ended before a phase decided a probe is inconclusive as a whole.</summary>
    public ProbeOutcome Outcome => State switch
    {
        ProbeState.ReportedOnly => ProbeOutcome.ReportedOnly,
        ProbeState.Leaking => ProbeOutcome.Leaking,
        ProbeState.Cleared => ProbeOutcome.Cleared,
        _ => ProbeOutcome.Flat,
    };
}
