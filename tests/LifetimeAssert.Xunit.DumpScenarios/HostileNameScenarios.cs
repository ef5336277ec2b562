using LifetimeAssert.Scenarios;
using LifetimeAssert.Xunit;

namespace LifetimeAssert.Xunit.DumpScenarios;

/// <summary>Every row leaks; its name is hostile to file names and shells (see <see cref="HostileRows"/>).</summary>
public sealed class HostileNameScenarios
{
    [Theory]
    [InlineData(HostileRows.Percent)]
    [InlineData(HostileRows.Command)]
    [AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Dumped_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }

    /// <summary>xUnit cuts a row's argument at 50 characters in the name it shows; its display name is kept whole.</summary>
    [Theory(DisplayName = HostileRows.Long)]
    [InlineData(HostileRows.Long)]
    [AssertNoLeak(Track = [typeof(Session)], SaveDumpOnLeak = true)]
    public void Long_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }

    /// <summary>
    /// Two rows that differ in a character file names cannot hold, and two that xUnit names alike (it cuts a row's
    /// argument at 50 characters): four rows, four sets of files.
    /// </summary>
    [Theory]
    [InlineData(HostileRows.Slashed)]
    [InlineData(HostileRows.Unslashed)]
    [InlineData(HostileRows.Long + "1")]
    [InlineData(HostileRows.Long + "2")]
    [AssertNoLeak(Track = [typeof(Session)])]
    public void Alike_Leaking(string row)
    {
        _ = row;
        Code.StaticList.Leaking();
    }
}
