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

    /// <summary>The skip on the method or its class (or a base class), or null.</summary>
    public static LeakSweepSkipAttribute? Skip(MethodInfo method, Type testClass) =>
        method.GetCustomAttribute<LeakSweepSkipAttribute>(inherit: true) ?? testClass.GetCustomAttribute<LeakSweepSkipAttribute>(inherit: true);

    /// <summary>The expected-leak marker on the method or its class (or a base class), or null.</summary>
    public static LeakSweepExpectedAttribute? Expected(MethodInfo method, Type testClass) =>
        method.GetCustomAttribute<LeakSweepExpectedAttribute>(inherit: true) ?? testClass.GetCustomAttribute<LeakSweepExpectedAttribute>(inherit: true);
}
