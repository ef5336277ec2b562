using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// What every check attribute of this adapter does as an NUnit attribute, written once: wraps the test method in the
/// checks it has, makes a checked test non-parallelizable unless it opts out, and fails a checked test whose checks
/// another wrapper hid. Each attribute only declares that it is one (its settings come from the engine's attribute).
/// </summary>
internal interface INUnitCheckAttribute : IWrapTestMethod, IApplyToTest, ITestAction
{
    /// <summary>The attribute's <c>RunAlone</c>.</summary>
    bool RunAlone { get; }

    ActionTargets ITestAction.Targets => ActionTargets.Test;

    TestCommand ICommandWrapper.Wrap(TestCommand command) => CheckAttributes.Wrap(command);

    void IApplyToTest.ApplyToTest(Test test) => CheckAttributes.ApplyToTest(test, RunAlone);

    void ITestAction.BeforeTest(ITest test)
    {
    }

    void ITestAction.AfterTest(ITest test) => CheckAttributes.AfterTest(test);
}
