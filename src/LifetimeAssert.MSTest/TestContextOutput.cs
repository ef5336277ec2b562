using System.Reflection;

namespace LifetimeAssert.MSTest;

/// <summary>
/// What a checked test wrote (console, <c>TestContext.WriteLine</c>, trace) and the files it attached, read from MSTest's
/// test context into the result, as MSTest's own invocation of a test does. MSTest has no public reader for them, so
/// its context's members are found by name; one that is missing is skipped, never an error.
/// </summary>
internal static class TestContextOutput
{
    public static void CopyTo(TestContext context, TestResult result)
    {
        result.LogOutput = Read(context, "GetAndClearOutput");
        result.LogError = Read(context, "GetAndClearError");
        result.DebugTrace = Read(context, "GetAndClearTrace");
        result.TestContextMessages = Read(context, "GetDiagnosticMessages");
        if (Member(context, "GetResultFiles")?.Invoke(context, null) is IList<string> { Count: > 0 } files)
        {
            result.ResultFiles = [.. files];
        }
    }

    private static string? Read(TestContext context, string name) => Member(context, name)?.Invoke(context, null) as string;

    private static MethodInfo? Member(TestContext context, string name) =>
        context.GetType().GetMethod(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
}
