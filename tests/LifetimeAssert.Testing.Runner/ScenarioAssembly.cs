using System.Reflection;

namespace LifetimeAssert.Testing.Runner;

/// <summary>
/// Where a test project's scenario assembly was built. Its RecordScenarioAssemblyPath target writes the path as
/// assembly metadata at build time, so the tests run the assembly of their own configuration.
/// </summary>
public static class ScenarioAssembly
{
    /// <summary>The metadata key the test projects' build writes.</summary>
    public const string MetadataKey = "ScenarioAssembly";

    /// <summary>The path recorded in <paramref name="testAssembly"/>'s metadata.</summary>
    /// <param name="testAssembly">The test assembly whose build recorded the scenario assembly.</param>
    /// <returns>The full path of the scenario assembly.</returns>
    /// <exception cref="InvalidOperationException">The metadata is missing (the project lacks the RecordScenarioAssemblyPath target).</exception>
    public static string PathRecordedIn(Assembly testAssembly) => PathRecordedIn(testAssembly, MetadataKey);

    /// <summary>The path recorded in <paramref name="testAssembly"/>'s metadata under <paramref name="key"/>.</summary>
    /// <param name="testAssembly">The test assembly whose build recorded the scenario assembly.</param>
    /// <param name="key">The key: <see cref="MetadataKey"/> for the project's <c>ScenarioProject</c>, or the <c>MetadataKey</c> of a <c>KeyedScenarioProject</c> item.</param>
    /// <returns>The full path of the scenario assembly.</returns>
    /// <exception cref="InvalidOperationException">The metadata is missing (the project lacks the RecordScenarioAssemblyPath target, or that key).</exception>
    public static string PathRecordedIn(Assembly testAssembly, string key)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException(
                $"{testAssembly.GetName().Name} records no [AssemblyMetadata(\"{key}\", ...)]: add the RecordScenarioAssemblyPath target (and the scenario project of that key) to its project.");
    }
}
