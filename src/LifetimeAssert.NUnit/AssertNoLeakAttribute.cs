using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal.Commands;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Runs an NUnit test (a <c>[Test]</c>, or each case of a <c>[TestCase]</c> or <c>[TestCaseSource]</c>) many
/// times within one test result and fails it when the live counts of tracked objects keep growing after forced
/// garbage collection.
/// </summary>
/// <example>
/// <code>
/// [Test, AssertNoLeak(Iterations = 40, Track = [typeof(DbConnection)])]
/// public void Save_returns_its_connection() => repository.Save(order);
/// </code>
/// </example>
/// <remarks>
/// SetUp and TearDown run once around all runs, on one fixture instance; <c>[Timeout]</c> and
/// <c>[CancelAfter]</c> cover all runs together, while <c>[Repeat]</c> and <c>[Retry]</c> repeat the whole check.
/// NUnit takes test-method wrappers from the first level that has any: a method that carries another
/// <see cref="IWrapTestMethod"/> attribute hides a class-level <c>[AssertNoLeak]</c>, so put one on the method too.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly, AllowMultiple = false, Inherited = true)]
public sealed class AssertNoLeakAttribute : LeakCheckAttribute, IWrapTestMethod
{
    /// <summary>Wraps the test method in the leak check when the method or its fixture asks for one.</summary>
    /// <param name="command">NUnit's command that invokes the test method once.</param>
    /// <returns>The leak check, or <paramref name="command"/> itself when the test is not checked.</returns>
    public TestCommand Wrap(TestCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var method = command.Test.Method?.MethodInfo;
        var fixtureType = command.Test.TypeInfo?.Type ?? method?.ReflectedType;

        // NUnit also asks the assembly's attribute when the method and class have none: that one only sets defaults.
        return method is null || fixtureType is null || !AttributeOptions.Applies(method, fixtureType)
            ? command
            : new LeakTestCommand(command, method, fixtureType);
    }
}
