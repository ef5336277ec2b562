using LifetimeAssert.NUnit;
using LifetimeAssert.Scenarios;
using NUnit.Framework;

namespace LifetimeAssert.NUnit.DumpScenarios;

/// <summary>Every case leaks; its name is hostile to file names and shells (see <see cref="HostileRows"/>).</summary>
public sealed class HostileNameScenarios
{
    [TestCase(HostileRows.Percent)]
    [TestCase(HostileRows.Command)]
    [TestCase(HostileRows.Long)]
    [AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Dumped_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }

    [TestCase(HostileRows.Slashed)]
    [TestCase(HostileRows.Unslashed)]
    [AssertNoLeak(Track = [typeof(Session)])]
    public void Alike_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }
}
