using System.Collections.Concurrent;
using System.Reflection;
using LifetimeAssert.Configuration;

namespace LifetimeAssert.Attributes;

/// <summary>The sweep attributes of a test assembly and of its tests: whether and how the assembly is swept, and which tests are exempt or expected to leak.</summary>
internal static class SweepAttributes
{
    /// <summary>The assembly's sweep settings, or null when it carries no <see cref="SweepAttribute"/>.</summary>
    /// <exception cref="LeakConfigurationException">The run's environment is invalid.</exception>
    public static SweepSettings? Settings(Assembly testAssembly)
    {
        if (testAssembly.GetCustomAttributes<SweepAttribute>().FirstOrDefault() is not { } sweep)
        {
            return null;
        }

        var baseline = testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == SweepSettings.BaselineMetadata)?.Value;
        return SweepSettings.Resolve(sweep.Level, sweep.Collect ?? [], string.IsNullOrWhiteSpace(baseline) ? null : baseline, Environment.GetEnvironmentVariable);
    }

    /// <summary>
    /// The skip and the expected-leak marker on the method or its class (or a base class), each or null. Read once per
    /// test method and class: every swept test asks, and reading attributes costs microseconds each time.
    /// </summary>
    public static (LeakSweepSkipAttribute? Skip, LeakSweepExpectedAttribute? Expected) Markers(MethodInfo method, Type testClass) =>
        MarkersOf.GetOrAdd((method, testClass), static key => (
            key.Method.GetCustomAttribute<LeakSweepSkipAttribute>(inherit: true) ?? key.Class.GetCustomAttribute<LeakSweepSkipAttribute>(inherit: true),
            key.Method.GetCustomAttribute<LeakSweepExpectedAttribute>(inherit: true) ?? key.Class.GetCustomAttribute<LeakSweepExpectedAttribute>(inherit: true)));

    private static readonly ConcurrentDictionary<(MethodInfo Method, Type Class), (LeakSweepSkipAttribute?, LeakSweepExpectedAttribute?)> MarkersOf = new();
}
