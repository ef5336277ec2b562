namespace LifetimeAssert.Settling;

/// <summary>Why a settle did not reach a steady state.</summary>
internal enum SettleFailure
{
    /// <summary>It did: the heap settled.</summary>
    None,

    /// <summary>A forced collection did not run: a weak sentinel survived it (a no-GC region, say).</summary>
    NoCollection,

    /// <summary>The counts kept changing over every round.</summary>
    NeverSettled,
}
