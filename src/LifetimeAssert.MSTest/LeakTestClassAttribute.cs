namespace LifetimeAssert.MSTest;

/// <summary>
/// <c>[TestClass]</c> for a class with <see cref="AssertNoLeakAttribute"/> or <see cref="AssertAllocationsAttribute"/>
/// tests: it runs every test method that is checked (at its own level or the class's) through the engine, and every
/// other test exactly as <c>[TestClass]</c> does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LeakTestClassAttribute : TestClassAttribute
{
    /// <summary>Wraps the method's test attribute so that a checked test is run by the engine.</summary>
    /// <param name="testMethodAttribute">The test method attribute on the method (<c>[TestMethod]</c> or a derived one).</param>
    /// <returns>The attribute MSTest runs the test with.</returns>
    public override TestMethodAttribute? GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethodAttribute);
        return testMethodAttribute as LeakTestMethodAttribute
            ?? new LeakTestMethodAttribute(testMethodAttribute, testMethodAttribute.DeclaringFilePath, testMethodAttribute.DeclaringLineNumber ?? -1);
    }
}
