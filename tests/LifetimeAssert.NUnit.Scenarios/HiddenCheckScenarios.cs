using LifetimeAssert.Scenarios;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit.Scenarios;

/// <summary>
/// A method-level test-method wrapper hides the fixture's [AssertNoLeak] (NUnit takes wrappers from the nearest level
/// that has any): the test must fail saying so, not pass unchecked.
/// </summary>
[AssertNoLeak(Track = [typeof(Session)])]
public sealed class HiddenCheckScenarios
{
    [Test, OtherWrapper]
    public void HiddenByOtherWrapper_Leaking() => Code.StaticList.Leaking();

    [Test, OtherWrapper, AssertNoLeak]
    public void RepeatedOnMethod_Leaking() => Code.StaticList.Leaking();

    /// <summary>Any other library's test-method wrapper.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class OtherWrapperAttribute : Attribute, IWrapTestMethod
    {
        public TestCommand Wrap(TestCommand command) => command;
    }
}
