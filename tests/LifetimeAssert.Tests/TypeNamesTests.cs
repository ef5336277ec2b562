namespace LifetimeAssert.Tests;

/// <summary>Report names for the types a stack or a heap can hold.</summary>
public sealed class TypeNamesTests
{
    [Theory]
    [InlineData(typeof(int), "int")]
    [InlineData(typeof(Dictionary<string, List<int>>), "Dictionary<string, List<int>>")]
    [InlineData(typeof(Outer.Inner), "TypeNamesTests.Outer.Inner")]
    public void Names_read_like_csharp(Type type, string expected) => Assert.Equal(expected, TypeNames.Short(type));

    [Fact]
    public void Generic_parameters_of_nested_generic_types_are_named_without_recursing()
    {
        // The shape of the runtime's AsyncTaskMethodBuilder<T>.AsyncStateMachineBox<TStateMachine>.
        var nested = typeof(Outer.Box<>);

        Assert.Equal("Box<T>", TypeNames.Short(nested));
        Assert.Equal("T", TypeNames.Short(nested.GetGenericArguments()[0]));
    }

    public static class Outer
    {
        public sealed class Inner;

        public sealed class Box<T>;
    }
}
