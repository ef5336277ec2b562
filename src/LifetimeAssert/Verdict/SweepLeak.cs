namespace LifetimeAssert.Verdict;

/// <summary>What a swept test left behind at one creation site: how many objects of a type, and how they were left.</summary>
/// <param name="Type">The type's full name.</param>
/// <param name="ShortType">The type as a report names it.</param>
/// <param name="Site">Where they were created, as a report shows it, or null when no frame of the user's code was found.</param>
/// <param name="Kind">How they were left.</param>
/// <param name="Count">How many.</param>
internal sealed record SweepLeak(string Type, string ShortType, string? Site, SweepLeakKind Kind, int Count);
