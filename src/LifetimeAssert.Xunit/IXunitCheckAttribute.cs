using System.Reflection;
using Xunit.v3;

namespace LifetimeAssert.Xunit;

/// <summary>
/// What every check attribute of this adapter does as an xUnit before/after-test attribute, written once: before xUnit's
/// own run of the test, validate its checks; after it, run them. Each attribute only declares that it is one.
/// </summary>
internal interface IXunitCheckAttribute : IBeforeAfterTestAttribute
{
    void IBeforeAfterTestAttribute.Before(MethodInfo methodUnderTest, IXunitTest test) => XunitChecks.Before(test);

    void IBeforeAfterTestAttribute.After(MethodInfo methodUnderTest, IXunitTest test) => XunitChecks.After(test);
}
