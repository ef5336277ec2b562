using System.Reflection;
using LifetimeAssert.Running;

namespace LifetimeAssert.Adapters;

/// <summary>
/// One run of a test, as a check runs it many times: a test method invoked on its instance with its arguments (its
/// exceptions unwrapped, a returned <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or
/// <see cref="ValueTask{TResult}"/> awaited), or a delegate. A method that returns nothing to await is run synchronously,
/// so an allocation check measures it exactly on its thread.
/// </summary>
public sealed class TestBody
{
    private static readonly MethodInfo FromValueTaskOfT =
        typeof(TestBody).GetMethod(nameof(FromValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    private TestBody(CheckBody body) => Body = body;

    /// <summary>True when a run may not complete before it returns (the method returns something to await).</summary>
    public bool IsAsync => !Body.IsSynchronous;

    internal CheckBody Body { get; }

    /// <summary>A test method's runs.</summary>
    /// <param name="method">The test method.</param>
    /// <param name="instance">The test class instance (null for a static method); the same one serves every run.</param>
    /// <param name="arguments">The test's arguments (a theory's row), the same for every run.</param>
    /// <param name="endsRun">
    /// Recognizes an exception by which the framework ends a test successfully (NUnit's <c>Assert.Pass()</c>): it ends
    /// that run, not the check. Null: every exception fails the check.
    /// </param>
    /// <returns>The body.</returns>
    public static TestBody Of(MethodInfo method, object? instance, object?[]? arguments, Func<Exception, bool>? endsRun = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        var convert = Awaiter(method.ReturnType);
        if (convert is null)
        {
            // No delegate is created per run: an allocation check measures the test's bytes only.
            return new TestBody(CheckBody.From(() =>
            {
                try
                {
                    Invoke(method, instance, arguments);
                }
                catch (Exception e) when (endsRun?.Invoke(e) == true)
                {
                    // The framework's way to end a test successfully ends this run.
                }
            }));
        }

        return new TestBody(CheckBody.From(() =>
        {
            object? returned;
            try
            {
                returned = Invoke(method, instance, arguments);
            }
            catch (Exception e) when (endsRun?.Invoke(e) == true)
            {
                return Task.CompletedTask;
            }

            var task = returned is null ? Task.CompletedTask : convert(returned);

            // A completed run stays synchronous for the engine; only a pending one pays for the filter's await.
            return endsRun is null || task.IsCompletedSuccessfully ? task : AwaitIgnoring(task, endsRun);
        }));
    }

    /// <summary>Runs of a synchronous delegate (a framework's own invocation of the test, say).</summary>
    /// <param name="run">One run.</param>
    /// <returns>The body.</returns>
    public static TestBody Of(Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new TestBody(CheckBody.From(run));
    }

    /// <summary>Runs of an asynchronous delegate.</summary>
    /// <param name="run">One run.</param>
    /// <returns>The body.</returns>
    public static TestBody Of(Func<Task> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new TestBody(CheckBody.From(run));
    }

    /// <summary>Runs the body once, outside any check: for a framework's own set-up and clean-up methods.</summary>
    /// <returns>The run, awaited if it returned something to await.</returns>
    public Task RunOnceAsync()
    {
        if (Body.IsSynchronous)
        {
            Body.RunOnce();
            return Task.CompletedTask;
        }

        return Body.StartOnce();
    }

    private static object? Invoke(MethodInfo method, object? instance, object?[]? arguments) =>
        method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);

    /// <summary>How to turn what the method returns into a task, or null when it returns nothing to await.</summary>
    private static Func<object, Task>? Awaiter(Type returnType)
    {
        if (typeof(Task).IsAssignableFrom(returnType))
        {
            return returned => (Task)returned;
        }

        if (returnType == typeof(ValueTask))
        {
            return returned => FromValueTask((ValueTask)returned);
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return FromValueTaskOfT.MakeGenericMethod(returnType.GetGenericArguments()).CreateDelegate<Func<object, Task>>();
        }

        return null;
    }

    // A completed value task is consumed where it stands (its source may be pooled); a pending one becomes a task.
    private static Task FromValueTask(ValueTask valueTask)
    {
        if (!valueTask.IsCompletedSuccessfully)
        {
            return valueTask.AsTask();
        }

        valueTask.GetAwaiter().GetResult();
        return Task.CompletedTask;
    }

    private static Task FromValueTask<T>(object returned)
    {
        var valueTask = (ValueTask<T>)returned;
        if (!valueTask.IsCompletedSuccessfully)
        {
            return valueTask.AsTask();
        }

        valueTask.GetAwaiter().GetResult();
        return Task.CompletedTask;
    }

    private static async Task AwaitIgnoring(Task task, Func<Exception, bool> endsRun)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (endsRun(e))
        {
            // Ended successfully after an await.
        }
    }
}
