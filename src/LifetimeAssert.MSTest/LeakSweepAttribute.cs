namespace LifetimeAssert.MSTest;

/// <summary>
/// Sweeps every test of the assembly: <c>[assembly: LeakSweep]</c>. After each test, its <c>[TestCleanup]</c> and the
/// disposal of its class instance, the objects it registered with their disposal — the ADO.NET and EF Core hooks'
/// connections, commands, readers, transactions, contexts, a hook of your own — must be disposed, and at the collect
/// level the objects it expected collected must be gone; otherwise the test fails naming the type, how many and where
/// each was created.
/// </summary>
/// <example><code>[assembly: LifetimeAssert.MSTest.LeakSweep]</code></example>
/// <remarks>
/// <para>
/// The sweep runs in a <c>[GlobalTestInitialize]</c> method, which begins it before the test class is created, and a
/// <c>[GlobalTestCleanup]</c> method, which ends it after the instance is disposed: the package's
/// <c>buildTransitive</c> targets compile both into the test assembly. A project reference imports nothing, so add the
/// package's targets by hand, anywhere in the test project:
/// <c>&lt;Import Project="path/to/src/LifetimeAssert.MSTest/buildTransitive/LifetimeAssert.MSTest.targets" /&gt;</c>.
/// </para>
/// <para>
/// A leak fails the test from the global test cleanup, so MSTest's message starts with "TestCleanup method … threw
/// exception" and goes on with the report; a test that failed on its own keeps its own failure. What
/// <c>[AssemblyInitialize]</c> and <c>[ClassInitialize]</c> (and their cleanups) register belongs to their fixture, not
/// to a test: on Microsoft.Testing.Platform each fixture is judged when the session ends, and a leaking one is a failed
/// result of its own, named <c>OrderTests (class fixture)</c> or <c>Orders.Tests (assembly fixture)</c>. MSTest still
/// holds the test class instance when the global test cleanup runs, so at the collect level release in <c>[TestCleanup]</c> or
/// <c>Dispose</c> what a test keeps in a field. Objects a test registers outside its async flow are its own only when it
/// runs alone: it, its class or its assembly is <c>[DoNotParallelize]</c>. A test with <c>[AssertNoLeak]</c> or
/// <c>[AssertAllocations]</c> in a <see cref="LeakTestClassAttribute"/> class is checked by those, not swept.
/// The summary is written when the platform's session ends (under VSTest, when the test process exits, after the
/// fixtures' reports: they are counted there but fail nothing).
/// <c>LIFETIMEASSERT_SWEEP=off|dispose|collect</c> overrides <see cref="SweepAttribute.Level"/> for a run.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class LeakSweepAttribute : SweepAttribute;
