using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.Scenarios;

/// <summary>
/// Checked tests in a plain [TestClass], which MSTest would run once and pass unchecked: the package's global test
/// initialization fails them, naming the fix. Its other tests run as usual. (The LA0005 build error reports these
/// classes; this project gets no analyzer through its project reference.)
/// </summary>
[TestClass]
public sealed class UncheckedScenarios
{
    [TestMethod, AssertNoLeak(Track = [typeof(Session)])]
    public void PlainTestClass_MethodLevel() => Code.Nothing.Run();

    [TestMethod]
    public void PlainTestClass_NotChecked() => Code.Nothing.Run();
}

/// <summary>A class-level [AssertNoLeak] on a plain [TestClass]: each data row fails too.</summary>
[TestClass, AssertNoLeak(Track = [typeof(Session)])]
public sealed class UncheckedClassLevelScenarios
{
    [TestMethod, DataRow(1), DataRow(2)]
    public void PlainTestClass_ClassLevel(int id) => Assert.IsGreaterThan(0, id);
}
