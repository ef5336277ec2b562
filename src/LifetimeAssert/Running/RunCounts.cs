namespace LifetimeAssert.Running;

/// <summary>How many times the body ran, by purpose, and how many heap walks a census check took.</summary>
internal readonly record struct RunCounts(int Warmup, int Samples, int SampleEvery, int Total, long HeapWalks = 0);
