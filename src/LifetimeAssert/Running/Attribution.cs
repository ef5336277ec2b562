namespace LifetimeAssert;

/// <summary>Whose objects a check counted: whether it ran alone, what it saw registered outside its flow, which tracked types never appeared.</summary>
/// <param name="RanAlone">The adapter scheduled the check alone and no other check overlapped it.</param>
/// <param name="CountedOffFlow">Objects registered outside the check's async flow and counted for it.</param>
/// <param name="UncountedOffFlow">Objects registered outside every check's flow while it ran that no check counted.</param>
/// <param name="Missing">Tracked types of which no instance was registered (in flow, or off flow and counted).</param>
internal sealed record Attribution(bool RanAlone, long CountedOffFlow, long UncountedOffFlow, IReadOnlyList<MissingType> Missing);

/// <summary>A tracked type that never appeared, and how many of its instances were seen off flow and not counted.</summary>
internal sealed record MissingType(ProbeSlot Slot, long UncountedOffFlow);
