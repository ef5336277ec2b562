using System.Reflection;
using Xunit.Sdk;

namespace LifetimeAssert.Xunit;

/// <summary>
/// One run of a test method, invoked the way xUnit invokes it (same instance, same resolved arguments, awaiting a
/// returned Task or ValueTask), so its exceptions reach the engine unwrapped and are reported as themselves.
/// </summary>
internal sealed class TestMethodBody(MethodInfo method, object? instance, object?[] arguments)
{
    public Task InvokeAsync() =>
        AsyncUtility.Await(method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null)).AsTask();
}
