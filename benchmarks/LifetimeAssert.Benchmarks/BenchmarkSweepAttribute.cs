namespace LifetimeAssert.Benchmarks;

/// <summary>Makes this assembly a swept one for <see cref="SweepBenchmarks"/>, as a framework's <c>[assembly: LeakSweep]</c> does.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class BenchmarkSweepAttribute : SweepAttribute;
