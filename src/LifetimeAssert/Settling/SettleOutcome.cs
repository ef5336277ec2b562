namespace LifetimeAssert.Settling;

/// <summary>Whether a settle reached a steady state, in how many collection rounds, and why not.</summary>
internal readonly record struct SettleOutcome(SettleFailure Failure, int Rounds)
{
    public bool IsSettled => Failure == SettleFailure.None;

    public static SettleOutcome Settled(int rounds) => new(SettleFailure.None, rounds);

    public static SettleOutcome Failed(SettleFailure failure, int rounds) => new(failure, rounds);
}
