using LifetimeAssert.Scenarios;

namespace LifetimeAssert.Sweep.MSTest.Scenarios;

/// <summary>
/// What [AssemblyInitialize] and [ClassInitialize] register is their fixture's, never a test's. The assembly's fixture
/// leaks, unless SWEEP_SCENARIO_ASSEMBLY_FIXTURE=clean has its [AssemblyCleanup] dispose it (an assembly has one of each);
/// the class's fixture leaks.
/// </summary>
[TestClass]
public sealed class FixtureTests
{
    private static Resource? _assemblys;

    [AssemblyInitialize]
    public static void Open_one_for_the_assembly(TestContext context) => _assemblys = SweepCode.Open();

    [AssemblyCleanup]
    public static void Dispose_it_when_asked()
    {
        if (Environment.GetEnvironmentVariable("SWEEP_SCENARIO_ASSEMBLY_FIXTURE") == "clean")
        {
            _assemblys?.Dispose();
        }
    }

    [ClassInitialize]
    public static void Open_one_for_the_class_and_never_dispose_it(TestContext context) => SweepCode.LeaveOpen();

    [TestMethod]
    public void Runs_in_a_class_that_left_one_open() => SweepCode.OpenAndDispose();
}

/// <summary>An asynchronous [ClassInitialize] that keeps what it opened after an await, and never disposes it.</summary>
[TestClass]
public sealed class AsyncFixtureTests
{
    private static Resource? _resource;

    [ClassInitialize]
    public static async Task Open_one_after_an_await(TestContext context)
    {
        await Task.Yield();
        _resource = SweepCode.Open();
    }

    [TestMethod]
    public void Uses_the_fixtures_resource() => Assert.IsNotNull(_resource);
}

/// <summary>
/// A [ClassInitialize] whose async helper opens one after an await of its own: the fixture method is no longer on the
/// stack then, and MSTest's current TestContext (which flows into the helper) names the class.
/// </summary>
[TestClass]
public sealed class HelperFixtureTests
{
    private static Resource? _resource;

    [ClassInitialize]
    public static async Task Open_one_through_a_helper(TestContext context) => _resource = await OpenAfterAnAwait();

    [TestMethod]
    public void Uses_the_fixtures_resource() => Assert.IsNotNull(_resource);

    private static async Task<Resource> OpenAfterAnAwait()
    {
        await Task.Yield();
        return SweepCode.Open();
    }
}

/// <summary>The clean twin: [ClassCleanup] disposes what [ClassInitialize] opened.</summary>
[TestClass]
public sealed class CleanFixtureTests
{
    private static Resource? _resource;

    [ClassInitialize]
    public static void Open_one_for_the_class(TestContext context) => _resource = SweepCode.Open();

    [ClassCleanup]
    public static void Dispose_it() => _resource?.Dispose();

    [TestMethod]
    public void Uses_the_fixtures_resource() => Assert.IsNotNull(_resource);
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
