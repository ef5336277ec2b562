using LifetimeAssert.Services;

namespace LifetimeAssert.Checks;

/// <summary>
/// What one check knows besides its options and its body: what the report calls it, the name its files get, what
/// the test framework's own run registered, how to tell the reader to run it alone, and the engine services.
/// </summary>
/// <param name="Subject">What the report calls the checked code path.</param>
/// <param name="FileName">The name the check's files (report, chart, dump) get.</param>
/// <param name="SeenBefore">Types the test registered on a run its framework made before the check: they count as seen.</param>
/// <param name="IsolationAdvice">How to run the test alone in its framework, or null for the imperative API's words.</param>
/// <param name="Services">The engine services, resolved once for the check.</param>
internal sealed record CheckContext(string Subject, string FileName, IReadOnlyList<Type> SeenBefore, string? IsolationAdvice, EngineServices Services)
{
    /// <summary>The context of a check the caller runs directly (<see cref="Leak"/>): named after the code path.</summary>
    public static CheckContext ForCode(string subject, EngineServices services) => new(subject, subject, [], null, services);
}
