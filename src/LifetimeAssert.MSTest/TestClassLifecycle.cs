using System.Reflection;
using LifetimeAssert.Adapters;

namespace LifetimeAssert.MSTest;

/// <summary>
/// One test class instance for all runs of a checked test, with MSTest's per-test lifecycle around them once: the
/// constructor (parameterless or taking the <see cref="TestContext"/>), the <c>TestContext</c> property,
/// <c>[TestInitialize]</c> from the base class down, then after the runs <c>[TestCleanup]</c> from the class up and
/// <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>.
/// </summary>
internal sealed class TestClassLifecycle
{
    private readonly Type _testClass;

    private TestClassLifecycle(Type testClass, object instance)
    {
        _testClass = testClass;
        Instance = instance;
    }

    public object Instance { get; }

    /// <summary>Creates the instance and gives it the test context, as MSTest does.</summary>
    public static TestClassLifecycle Create(Type testClass, TestContext context)
    {
        var instance = testClass.GetConstructor([typeof(TestContext)]) is { } withContext
            ? withContext.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, [context], culture: null)
            : Activator.CreateInstance(testClass)!;
        if (testClass.GetProperty(nameof(TestContext), BindingFlags.Public | BindingFlags.Instance) is { CanWrite: true } property
            && property.PropertyType == typeof(TestContext))
        {
            property.SetValue(instance, context);
        }

        return new TestClassLifecycle(testClass, instance);
    }

    /// <summary>Runs every <c>[TestInitialize]</c> method, the base class's first.</summary>
    public async Task InitializeAsync()
    {
        foreach (var method in Marked<TestInitializeAttribute>(Hierarchy()))
        {
            await TestBody.Of(method, Instance, null).RunOnceAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs every <c>[TestCleanup]</c> method, the class's own first, then disposes the instance.</summary>
    public async Task CleanupAsync()
    {
        try
        {
            foreach (var method in Marked<TestCleanupAttribute>(Enumerable.Reverse(Hierarchy())))
            {
                await TestBody.Of(method, Instance, null).RunOnceAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (Instance is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (Instance is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }

    // The test class and its base classes, the outermost base first.
    private List<Type> Hierarchy()
    {
        var types = new List<Type>();
        for (var type = _testClass; type is not null && type != typeof(object); type = type.BaseType)
        {
            types.Insert(0, type);
        }

        return types;
    }

    private static IEnumerable<MethodInfo> Marked<TAttribute>(IEnumerable<Type> types)
        where TAttribute : Attribute =>
        types.SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(TAttribute), inherit: false));
}
