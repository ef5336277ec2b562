namespace LifetimeAssert.FluentAssertions.Tests;

/// <summary>The collection of tests that count process-wide state: it runs alone.</summary>
[CollectionDefinition(nameof(ProcessWide), DisableParallelization = true)]
public sealed class ProcessWide;
