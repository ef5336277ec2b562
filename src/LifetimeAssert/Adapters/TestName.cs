using System.Globalization;
using System.Reflection;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Adapters;

/// <summary>
/// What the report calls a test (<see cref="Subject"/>, <c>Class.Method(args)</c>) and the name its files get
/// (<see cref="FileName"/>, the class's full name then the rest of the subject): one naming for every adapter.
/// </summary>
/// <param name="Subject">What the report calls the test, such as <c>OrderTests.Save(2)</c>.</param>
/// <param name="FileName">The name of the test's report files, such as <c>Shop.OrderTests.Save(2)</c>.</param>
public sealed record TestName(string Subject, string FileName)
{
    /// <summary>
    /// The name of a test from the name its framework shows (xUnit's display name, NUnit's full name): the subject starts
    /// at the class's name when the display name holds it (<c>Ns.OrderTests.Save(x: 2)</c> → <c>OrderTests.Save(x: 2)</c>).
    /// </summary>
    /// <param name="testClass">The test class.</param>
    /// <param name="displayName">The framework's name of the test.</param>
    /// <returns>The name.</returns>
    public static TestName FromDisplayName(Type testClass, string displayName)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var at = displayName.IndexOf(testClass.Name + ".", StringComparison.Ordinal);
        var subject = at < 0 ? testClass.Name + "." + displayName : displayName[at..];
        return new TestName(subject, File(testClass, subject));
    }

    /// <summary>The name of a test that its framework does not name with its arguments: <c>Class.Method(2, "a")</c>.</summary>
    /// <param name="testClass">The test class.</param>
    /// <param name="method">The test method.</param>
    /// <param name="arguments">The data row's arguments, or null.</param>
    /// <returns>The name.</returns>
    public static TestName FromArguments(Type testClass, MethodInfo method, IReadOnlyList<object?>? arguments)
    {
        ArgumentNullException.ThrowIfNull(testClass);
        ArgumentNullException.ThrowIfNull(method);
        var subject = testClass.Name + "." + method.Name
            + (arguments is { Count: > 0 } ? "(" + string.Join(", ", arguments.Select(Shown)) + ")" : string.Empty);
        return new TestName(subject, File(testClass, subject));
    }

    /// <summary>
    /// The name a report gives code written in <paramref name="method"/>: <c>Type.Method</c>, with lambdas, local
    /// functions and async state machines named after the method they were written in.
    /// </summary>
    /// <param name="method">A method, possibly compiler-generated.</param>
    /// <returns>The name, such as <c>OrderTests.Save_returns_its_connection</c>.</returns>
    public static string OfCode(MethodBase method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return MethodNames.Owner(method);
    }

    private static string File(Type testClass, string subject) =>
        (testClass.FullName ?? testClass.Name) + subject[testClass.Name.Length..];

    private static string Shown(object? argument) => argument switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(format: null, CultureInfo.InvariantCulture),
        _ => argument.ToString() ?? string.Empty,
    };
}
