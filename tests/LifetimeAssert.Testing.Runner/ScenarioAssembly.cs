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
    public static string PathRecordedIn(Assembly testAssembly) => Recorded(testAssembly, MetadataKey);

    /// <summary>The path of the scenario assembly <paramref name="name"/>, recorded as an AdditionalScenario (see ScenarioAssembly.targets).</summary>
    /// <param name="testAssembly">The test assembly that recorded it.</param>
    /// <param name="name">The scenario assembly's name.</param>
    /// <returns>The full path of the scenario assembly.</returns>
    /// <exception cref="InvalidOperationException">The project records no such AdditionalScenario.</exception>
    public static string AdditionalPathRecordedIn(Assembly testAssembly, string name) => Recorded(testAssembly, MetadataKey + ":" + name);

    private static string Recorded(Assembly testAssembly, string key)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        return testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException(
                $"{testAssembly.GetName().Name} records no [AssemblyMetadata(\"{key}\", ...)]: add the RecordScenarioAssemblyPath target (or an AdditionalScenario item) to its project.");
    }
}
