namespace LifetimeAssert;

/// <summary>How a user makes a check run alone, in the words every report uses.</summary>
internal static class Isolation
{
    public const string Advice =
        "Run the test alone: xUnit v3 — reference the LifetimeAssert.Xunit package (its test framework schedules [AssertNoLeak] "
        + "tests alone) or put the class in a [CollectionDefinition(DisableParallelization = true)] collection; NUnit — keep "
        + "RunAlone (the default) or mark it [NonParallelizable]; MSTest — mark it (or its class or assembly) [DoNotParallelize]; Leak.CheckAsync — run it alone and declare it with RunsAlone()";
}
