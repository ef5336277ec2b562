using System.Runtime.CompilerServices;
using FluentAssertions;
using FluentAssertions.Specialized;

namespace LifetimeAssert.FluentAssertions;

/// <summary>
/// FluentAssertions entry points: run the subject many times and fail when what it creates stays alive.
/// </summary>
/// <example>
/// <code>
/// repository.Invoking(r => r.Save(order)).Should().NotLeak&lt;DbConnection&gt;();
/// await repository.Awaiting(r => r.FindById(42)).Should().NotLeakAsync&lt;DbCommand&gt;();
/// await repository.Invoking(r => r.FlushAsync()).Should().NotLeakAsync&lt;DbCommand&gt;();   // returns a ValueTask
/// </code>
/// </example>
public static class LeakAssertionExtensions
{
    /// <summary>Asserts that running the action many times leaves no more live <typeparamref name="T"/> behind.</summary>
    /// <typeparam name="T">The tracked type, counted as with <see cref="LeakOptionsBuilder.Track{T}"/>.</typeparam>
    /// <param name="assertions">The action's assertions.</param>
    /// <param name="configure">More options (iterations, probes, name, …); applied after tracking <typeparamref name="T"/>.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the action.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AndConstraint<ActionAssertions> NotLeak<T>(
        this ActionAssertions assertions, Action<LeakOptionsBuilder>? configure = null, string because = "", params object[] becauseArgs)
        where T : class
        => CheckAction(assertions, LeakCheck.Options(CallerName.Find(), configure, typeof(T)), because, becauseArgs);

    /// <summary>Asserts that running the action many times leaves no growth in what <paramref name="configure"/> tracks or probes.</summary>
    /// <param name="assertions">The action's assertions.</param>
    /// <param name="configure">The options; at least one thing to check is required.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the action.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AndConstraint<ActionAssertions> NotLeak(
        this ActionAssertions assertions, Action<LeakOptionsBuilder> configure, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return CheckAction(assertions, LeakCheck.Options(CallerName.Find(), configure, tracked: null), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the function many times leaves no more live <typeparamref name="T"/> behind.</summary>
    /// <typeparam name="T">The tracked type, counted as with <see cref="LeakOptionsBuilder.Track{T}"/>.</typeparam>
    /// <param name="assertions">The async function's assertions.</param>
    /// <param name="configure">More options (iterations, probes, name, …); applied after tracking <typeparamref name="T"/>.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<NonGenericAsyncFunctionAssertions>> NotLeakAsync<T>(
        this NonGenericAsyncFunctionAssertions assertions, Action<LeakOptionsBuilder>? configure = null, string because = "", params object[] becauseArgs)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(assertions);
        return CheckFunction(assertions, assertions.Subject, LeakCheck.Options(CallerName.Find(), configure, typeof(T)), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the function many times leaves no growth in what <paramref name="configure"/> tracks or probes.</summary>
    /// <param name="assertions">The async function's assertions.</param>
    /// <param name="configure">The options; at least one thing to check is required.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<NonGenericAsyncFunctionAssertions>> NotLeakAsync(
        this NonGenericAsyncFunctionAssertions assertions, Action<LeakOptionsBuilder> configure, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(configure);
        return CheckFunction(assertions, assertions.Subject, LeakCheck.Options(CallerName.Find(), configure, tracked: null), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the function many times leaves no growth in what <paramref name="configure"/> tracks or probes.</summary>
    /// <remarks>
    /// C# cannot infer <typeparamref name="TResult"/> while a tracked type is written at the call, so a function
    /// that returns a <see cref="Task{TResult}"/> names its tracked types in <paramref name="configure"/>:
    /// <c>NotLeakAsync(o =&gt; o.Track&lt;DbCommand&gt;())</c>.
    /// </remarks>
    /// <typeparam name="TResult">The result type of the function's task.</typeparam>
    /// <param name="assertions">The async function's assertions.</param>
    /// <param name="configure">The options; at least one thing to check is required.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<GenericAsyncFunctionAssertions<TResult>>> NotLeakAsync<TResult>(
        this GenericAsyncFunctionAssertions<TResult> assertions, Action<LeakOptionsBuilder> configure, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(configure);
        return CheckFunction(assertions, assertions.Subject, LeakCheck.Options(CallerName.Find(), configure, tracked: null), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the <see cref="ValueTask"/>-returning function many times leaves no more live <typeparamref name="T"/> behind.</summary>
    /// <remarks>
    /// FluentAssertions takes a <c>Func&lt;ValueTask&gt;</c> (<c>body.Should()</c>, or <c>Invoking</c> of a method that returns one)
    /// as a plain function; this form awaits each run, so what the body creates after its first <c>await</c> counts too.
    /// </remarks>
    /// <typeparam name="T">The tracked type, counted as with <see cref="LeakOptionsBuilder.Track{T}"/>.</typeparam>
    /// <param name="assertions">The function's assertions.</param>
    /// <param name="configure">More options (iterations, probes, name, …); applied after tracking <typeparamref name="T"/>.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<FunctionAssertions<ValueTask>>> NotLeakAsync<T>(
        this FunctionAssertions<ValueTask> assertions, Action<LeakOptionsBuilder>? configure = null, string because = "", params object[] becauseArgs)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(assertions);
        return CheckValueTaskFunction(assertions, assertions.Subject, LeakCheck.Options(CallerName.Find(), configure, typeof(T)), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the <see cref="ValueTask"/>-returning function many times leaves no growth in what <paramref name="configure"/> tracks or probes.</summary>
    /// <param name="assertions">The function's assertions.</param>
    /// <param name="configure">The options; at least one thing to check is required.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<FunctionAssertions<ValueTask>>> NotLeakAsync(
        this FunctionAssertions<ValueTask> assertions, Action<LeakOptionsBuilder> configure, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(configure);
        return CheckValueTaskFunction(assertions, assertions.Subject, LeakCheck.Options(CallerName.Find(), configure, tracked: null), because, becauseArgs);
    }

    /// <summary>Asserts that awaiting the <see cref="ValueTask{TResult}"/>-returning function many times leaves no growth in what <paramref name="configure"/> tracks or probes.</summary>
    /// <remarks>
    /// As for <see cref="Task{TResult}"/>, C# cannot infer <typeparamref name="TResult"/> while a tracked type is written at
    /// the call, so the tracked types are named in <paramref name="configure"/>: <c>NotLeakAsync(o =&gt; o.Track&lt;DbCommand&gt;())</c>.
    /// </remarks>
    /// <typeparam name="TResult">The result type of the function's value task.</typeparam>
    /// <param name="assertions">The function's assertions.</param>
    /// <param name="configure">The options; at least one thing to check is required.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<FunctionAssertions<ValueTask<TResult>>>> NotLeakAsync<TResult>(
        this FunctionAssertions<ValueTask<TResult>> assertions, Action<LeakOptionsBuilder> configure, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(configure);
        var subject = assertions.Subject;
        return CheckFunction(assertions, () => subject().AsTask(), LeakCheck.Options(CallerName.Find(), configure, tracked: null), because, becauseArgs);
    }

    /// <summary>Returns assertions on a leak report, such as <see cref="LeakReportAssertions.HaveNoLeaks"/>.</summary>
    /// <param name="report">The report of <see cref="Leak.CheckAsync(Func{Task}, Action{LeakOptionsBuilder}?, CancellationToken)"/>.</param>
    /// <returns>The report's assertions.</returns>
    public static LeakReportAssertions Should(this LeakReport report) => new(report);

    private static AndConstraint<ActionAssertions> CheckAction(
        ActionAssertions assertions, Action<LeakOptionsBuilder> options, string because, object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        LeakCheck.Verify(Leak.Check(assertions.Subject, options), "Expected {context:action} not to leak", because, becauseArgs);
        return new AndConstraint<ActionAssertions>(assertions);
    }

    private static Task<AndConstraint<TAssertions>> CheckFunction<TAssertions>(
        TAssertions assertions, Func<Task> subject, Action<LeakOptionsBuilder> options, string because, object[] becauseArgs)
        => Verify(assertions, () => Leak.CheckAsync(subject, options), because, becauseArgs);

    private static Task<AndConstraint<FunctionAssertions<ValueTask>>> CheckValueTaskFunction(
        FunctionAssertions<ValueTask> assertions, Func<ValueTask> subject, Action<LeakOptionsBuilder> options, string because, object[] becauseArgs)
        => Verify(assertions, () => Leak.CheckAsync(subject, options), because, becauseArgs);

    // The check starts inside the returned task, so invalid options fault the task like any other failure of the call.
    private static async Task<AndConstraint<TAssertions>> Verify<TAssertions>(
        TAssertions assertions, Func<Task<LeakReport>> check, string because, object[] becauseArgs)
    {
        var report = await check().ConfigureAwait(false);
        LeakCheck.Verify(report, "Expected {context:function} not to leak", because, becauseArgs);
        return new AndConstraint<TAssertions>(assertions);
    }
}
