using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// What <see cref="AssertNoLeakAttribute"/> and <see cref="AssertAllocationsAttribute"/> do as NUnit attributes, shared:
/// one command runs every check a test has, however many of the attributes wrap it.
/// </summary>
internal static class CheckAttributes
{
    /// <summary>Wraps the test method in the checks it has; a command that already runs them is returned as it is.</summary>
    public static TestCommand Wrap(TestCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command is CheckedTestCommand)
        {
            return command;
        }

        return NUnitTests.Checks(command.Test) is { } checkedTest ? new CheckedTestCommand(command, checkedTest) : command;
    }

    /// <summary>Makes a checked test (or a fixture with a class-level attribute) non-parallelizable, unless it opts out.</summary>
    public static void ApplyToTest(Test test, bool runAlone)
    {
        ArgumentNullException.ThrowIfNull(test);

        // The assembly's attribute only sets defaults; it must not serialize the whole assembly.
        if (test is TestAssembly || !runAlone)
        {
            return;
        }

        test.Properties.Set(PropertyNames.ParallelScope, ParallelScope.None);
    }

    /// <summary>Fails a checked test that passed without its checks having run (another wrapper hid them).</summary>
    public static void AfterTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (NUnitTests.Checks(test) is { } checkedTest
            && !CheckedTestCommand.HasRun(test)
            && TestExecutionContext.CurrentContext.CurrentResult.ResultState.Status == TestStatus.Passed)
        {
            var name = checkedTest.Attributes;
            throw new AssertionException(
                $"{name} did not take effect on {test.FullName}: NUnit takes test-method wrappers from the nearest level that "
                + $"has any, and the method carries another IWrapTestMethod attribute, which hides the class-level {name}. "
                + $"Put {name} on the method too.");
        }
    }
}
