namespace LifetimeAssert;

/// <summary>Whether a settle reached a steady state, in how many collection rounds, and why not.</summary>
internal readonly record struct SettleOutcome(bool IsSettled, int Rounds, string? Failure)
{
    /// <summary>The failure as the check's inconclusive event, or null when the heap settled.</summary>
    public Inconclusive? AsInconclusive => Failure is null ? null : new Inconclusive(Failure);

    public static SettleOutcome Settled(int rounds) => new(true, rounds, null);

    public static SettleOutcome Failed(string reason, int rounds) => new(false, rounds, reason);
}
