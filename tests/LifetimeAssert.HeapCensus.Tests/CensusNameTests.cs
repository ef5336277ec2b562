namespace LifetimeAssert.HeapCensus.Tests;

/// <summary>Census names are resolved before anything runs; a name that matches no type says what was probably meant.</summary>
[Collection(CensusCollection.Name)]
public sealed class CensusNameTests
{
    private static int _runs;

    [Fact]
    public async Task A_misspelled_name_fails_before_any_run_and_suggests_the_close_name()
    {
        var runsBefore = _runs;

        var error = await Assert.ThrowsAsync<LeakConfigurationException>(() =>
            Checks.RunAsync(() => _runs++, o => o.Census("System.Threading.TimerQueueTimr").Census("Nope.Missing")));

        Assert.Equal(2, error.Errors.Count);
        Assert.StartsWith("Census name \"System.Threading.TimerQueueTimr\" matches no loaded type. Did you mean \"System.Threading.TimerQueueTimer\"", error.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Census name \"Nope.Missing\" matches no loaded type. Give a full type name", error.Errors[1], StringComparison.Ordinal);
        Assert.Contains("Namespace.Outer+Inner", error.Message, StringComparison.Ordinal);
        Assert.Equal(runsBefore, _runs);
    }

    [Theory]
    [InlineData("System.Collections.Generic.List`1", typeof(List<>))]
    [InlineData("System.Collections.Generic.List<System.String>", typeof(List<string>))]
    [InlineData("System.Collections.Generic.Dictionary<int, LifetimeAssert.HeapCensus.Tests.CensusNameTests+Nested>", typeof(Dictionary<int, Nested>))]
    [InlineData("LifetimeAssert.HeapCensus.Tests.CensusNameTests+Nested", typeof(Nested))]
    [InlineData("LifetimeAssert.HeapCensus.Tests.CensusNameTests.Nested", typeof(Nested))]
    [InlineData("LifetimeAssert.HeapCensus.Tests.CensusNameTests+Nested[]", typeof(Nested[]))]
    public void Documented_spellings_resolve(string name, Type expected)
    {
        var (types, error) = CensusNames.Resolve(name);

        Assert.Null(error);
        Assert.Equal(expected, Assert.Single(types));
    }

    [Fact]
    public void An_open_generic_counts_every_instantiation_and_a_base_type_counts_derived_types()
    {
        Assert.True(TypeMatch.Counts(typeof(List<>), typeof(List<Nested>)));
        Assert.True(TypeMatch.Counts(typeof(IEnumerable<>), typeof(List<int>)));
        Assert.True(TypeMatch.Counts(typeof(Stream), typeof(MemoryStream)));
        Assert.False(TypeMatch.Counts(typeof(List<string>), typeof(List<int>)));
    }

    public sealed class Nested;
}
