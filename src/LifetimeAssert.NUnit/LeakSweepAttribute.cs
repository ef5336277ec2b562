using NUnit.Framework;
using NUnit.Framework.Interfaces;

namespace LifetimeAssert.NUnit;

/// <summary>
/// Sweeps every test of the assembly: <c>[assembly: LeakSweep]</c>. After each test and its <c>[TearDown]</c>, the
/// objects it registered with their disposal — the ADO.NET and EF Core hooks' connections, commands, readers,
/// transactions, contexts, a hook of your own — must be disposed, and at the collect level the objects it expected
/// collected must be gone; otherwise the test fails naming the type, how many and where each was created.
/// </summary>
/// <example><code>[assembly: LifetimeAssert.NUnit.LeakSweep]</code></example>
/// <remarks>
/// An NUnit action on the assembly: the sweep begins before each test's <c>[SetUp]</c> and ends after its
/// <c>[TearDown]</c>, so what SetUp creates is the test's and what TearDown disposes counts as disposed. A leak fails the
/// test as an assertion failure whose message is the report; a test that failed on its own keeps its own failure. What a
/// fixture's constructor, <c>[OneTimeSetUp]</c> or <c>[OneTimeTearDown]</c> registers is the fixture's, never a test's:
/// every fixture is judged when the assembly ends (after its tear-down and disposal), and a leaking one fails the
/// assembly's one-time tear-down, naming the fixture. An NUnit fixture instance lives for all
/// its tests, so at the collect level release in <c>[TearDown]</c> what a test keeps in a field. Objects a test
/// registers outside its async flow are its own only when NUnit runs it alone: it (or the nearest fixture or suite above
/// it that says anything about parallelism) is <c>[NonParallelizable]</c>, or nothing above it is
/// <c>[Parallelizable]</c>. The run's summary is written when the assembly's tests have ended.
/// <c>LIFETIMEASSERT_SWEEP=off|dispose|collect</c> overrides <see cref="SweepAttribute.Level"/> for a run. The package's
/// build file records that the baseline of known leaks lives beside the test project; a project reference imports
/// nothing, so import it by hand or the baseline is looked for beside the test assembly:
/// <c>&lt;Import Project="path/to/src/LifetimeAssert.NUnit/buildTransitive/LifetimeAssert.NUnit.props" /&gt;</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LeakSweepAttribute : SweepAttribute, ITestAction
{
    // On the assembly, Test reaches every test method and Suite the assembly itself.
    ActionTargets ITestAction.Targets => ActionTargets.Test | ActionTargets.Suite;

    void ITestAction.BeforeTest(ITest test) => NUnitSweep.Before(test);

    void ITestAction.AfterTest(ITest test) => NUnitSweep.After(test);
}
