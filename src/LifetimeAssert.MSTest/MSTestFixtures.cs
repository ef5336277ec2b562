using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// Names the MSTest fixture the calling code runs for: a class fixture while a method with <c>[ClassInitialize]</c> or
/// <c>[ClassCleanup]</c> is on the stack, the assembly fixture while one with <c>[AssemblyInitialize]</c> or
/// <c>[AssemblyCleanup]</c> is. MSTest names no class in the code's context (its ExecutionContext flows from the class
/// initialization into the tests, so nothing set there could tell a test from its fixture), so the stack is read; only
/// registrations outside every test's flow pay for it.
/// </summary>
internal static class MSTestFixtures
{
    // By method on the stack: the fixture it runs for, or null. A method's answer never changes.
    private static readonly ConcurrentDictionary<MethodBase, TestName?> Fixtures = new();

    public static TestName? Current(Assembly testAssembly)
    {
        foreach (var frame in new StackTrace(1, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is { DeclaringType.Assembly: var assembly } method
                && assembly == testAssembly
                && Fixtures.GetOrAdd(method, FixtureOf) is { } fixture)
            {
                return fixture;
            }
        }

        return null;
    }

    // The continuation of an async fixture method after an await runs in its state machine's MoveNext, called by the
    // thread pool, with the method itself no longer on the stack: the state machine stands for it.
    private static TestName? FixtureOf(MethodBase method)
    {
        var declared = KickoffMethod(method) ?? method;
        if (declared.DeclaringType is not { } type)
        {
            return null;
        }

        if (declared.IsDefined(typeof(ClassInitializeAttribute), inherit: false) || declared.IsDefined(typeof(ClassCleanupAttribute), inherit: false))
        {
            return new TestName($"{type.Name} (class fixture)", $"{type.FullName} (class fixture)");
        }

        if (declared.IsDefined(typeof(AssemblyInitializeAttribute), inherit: false) || declared.IsDefined(typeof(AssemblyCleanupAttribute), inherit: false))
        {
            var assembly = type.Assembly.GetName().Name;
            return new TestName($"{assembly} (assembly fixture)", $"{assembly} (assembly fixture)");
        }

        return null;
    }

    private static MethodBase? KickoffMethod(MethodBase method) =>
        method is { Name: nameof(IAsyncStateMachine.MoveNext), DeclaringType: { DeclaringType: { } owner } stateMachine }
            && typeof(IAsyncStateMachine).IsAssignableFrom(stateMachine)
            ? owner.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .FirstOrDefault(m => m.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType == stateMachine)
            : null;
}
