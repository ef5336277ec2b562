namespace LifetimeAssert;

/// <summary>How many times the body ran, by purpose.</summary>
internal readonly record struct RunCounts(int Warmup, int Samples, int SampleEvery, int Total);
