namespace LifetimeAssert.Checks;

/// <summary>What the sweep knows of one test besides its scope: its name, its level, its marker and its baseline.</summary>
/// <param name="Subject">What the report calls the test.</param>
/// <param name="Level">The level it is swept at.</param>
/// <param name="ExpectedReason">The reason of its <see cref="LeakSweepExpectedAttribute"/>, or null.</param>
/// <param name="BaselinedTypes">The types the baseline lists for it.</param>
internal sealed record SweptTestFacts(string Subject, SweepLevel Level, string? ExpectedReason, IReadOnlyCollection<string> BaselinedTypes);
