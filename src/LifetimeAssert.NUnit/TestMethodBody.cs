using System.Reflection;
using NUnit.Framework;

namespace LifetimeAssert.NUnit;

/// <summary>
/// One run of a test method for the allocation check, invoked directly (same fixture instance, same arguments) instead
/// of through NUnit's test-method command, whose own bookkeeping allocates about 40 bytes per call: those bytes are not
/// the test's. Exceptions reach the engine unwrapped; an <c>Assert.Pass()</c> ends the run, not the check.
/// </summary>
internal sealed class TestMethodBody(MethodInfo method, object? fixture, object?[] arguments)
{
    /// <summary>True when the method returns something to await (Task, ValueTask, …).</summary>
    public bool IsAsync => method.ReturnType != typeof(void);

    public void Invoke()
    {
        try
        {
            method.Invoke(fixture, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (SuccessException)
        {
            // Assert.Pass() ends one run.
        }
    }

    public Task InvokeAsync()
    {
        object? returned;
        try
        {
            returned = method.Invoke(fixture, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        }
        catch (SuccessException)
        {
            return Task.CompletedTask;
        }

        return returned switch
        {
            Task task => IgnorePass(task),
            ValueTask valueTask => IgnorePass(valueTask.AsTask()),
            null => Task.CompletedTask,
            _ when returned.GetType().GetMethod(nameof(ValueTask<int>.AsTask), Type.EmptyTypes) is { } asTask && asTask.Invoke(returned, null) is Task task
                => IgnorePass(task),
            _ => Task.CompletedTask,
        };
    }

    // A completed task is returned as it is, so a run that did not yield stays synchronous for the engine.
    private static Task IgnorePass(Task task) =>
        task.IsCompletedSuccessfully ? task : AwaitIgnoringPassAsync(task);

    private static async Task AwaitIgnoringPassAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (SuccessException)
        {
            // Assert.Pass() after an await ends one run.
        }
    }
}
