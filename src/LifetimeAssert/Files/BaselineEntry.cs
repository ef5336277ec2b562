namespace LifetimeAssert.Files;

/// <summary>One known leak: <paramref name="Count"/> objects of <paramref name="Type"/> the test <paramref name="Test"/> leaves behind.</summary>
/// <param name="Test">The test, as the sweep names it (<c>Class.Method(args)</c>).</param>
/// <param name="Type">The leaked type's full name.</param>
/// <param name="Count">How many the test leaked when the baseline was written.</param>
internal sealed record BaselineEntry(string Test, string Type, int Count);
