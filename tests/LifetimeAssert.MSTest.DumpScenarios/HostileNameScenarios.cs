using LifetimeAssert.MSTest;
using LifetimeAssert.Scenarios;

namespace LifetimeAssert.MSTest.DumpScenarios;

/// <summary>
/// Every row leaks; its name is hostile to file names and shells (see <see cref="HostileRows"/>). MSTest names a row's
/// files after its whole data row.
/// </summary>
[LeakTestClass]
public sealed class HostileNameScenarios
{
    [TestMethod]
    [DataRow(HostileRows.Percent)]
    [DataRow(HostileRows.Command)]
    [DataRow(HostileRows.Long)]
    [AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Dumped_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }

    /// <summary>Two rows that differ in a character file names cannot hold: two sets of files.</summary>
    [TestMethod]
    [DataRow(HostileRows.Slashed)]
    [DataRow(HostileRows.Unslashed)]
    [AssertNoLeak(Track = [typeof(Session)])]
    public void Alike_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }

    /// <summary>Two rows whose arguments read alike in a test name (<c>System.Int32[]</c>): two sets of files.</summary>
    [TestMethod]
    [DataRow(new[] { 1 })]
    [DataRow(new[] { 2 })]
    [AssertNoLeak(Track = [typeof(Session)])]
    public void Arrays_Leaking(int[] row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }
}
