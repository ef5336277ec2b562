using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>What [AssemblyInitialize] and [ClassInitialize] register belongs to no test: it is never blamed on one.</summary>
[TestClass]
public sealed class FixtureTests
{
    [AssemblyInitialize]
    public static void Open_one_for_the_assembly_and_never_dispose_it(TestContext context) => SweepCode.LeaveOpen();

    [ClassInitialize]
    public static void Open_one_for_the_class_and_never_dispose_it(TestContext context) => SweepCode.LeaveOpen();

    [TestMethod]
    public void Runs_in_a_class_that_left_one_open() => SweepCode.OpenAndDispose();
}

/// <summary>
/// A test whose class cannot be created: MSTest skips its cleanup, the global one too, so the sweep ends it unjudged
/// when the next test begins (AloneTests, after every parallel test, proves that nothing of it is left running).
/// </summary>
[TestClass]
public sealed class BrokenConstructorTests
{
    public BrokenConstructorTests() => throw new InvalidOperationException("the class's own constructor failure");

    [TestMethod]
    public void Cannot_be_created() => SweepCode.LeaveOpen();
}
