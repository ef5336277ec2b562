using System.Globalization;
using System.Runtime.CompilerServices;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Specialized;

namespace LifetimeAssert.FluentAssertions;

/// <summary>
/// FluentAssertions entry points for allocation budgets: run the subject many times, measure each run, and fail when the
/// median run allocated more than the budget (the same engine and report as <c>[AssertAllocations]</c>).
/// </summary>
/// <example>
/// <code>
/// parser.Invoking(p => p.Parse(line)).Should().NotAllocateMoreThan(4096);
/// await client.Awaiting(c => c.SendAsync(message)).Should().NotAllocateMoreThanAsync(16_384);
/// </code>
/// </example>
public static class AllocationAssertionExtensions
{
    /// <summary>Asserts that the median run of the action allocates at most <paramref name="maxBytesPerRun"/> bytes (measured exactly on the running thread).</summary>
    /// <param name="assertions">The action's assertions.</param>
    /// <param name="maxBytesPerRun">The budget in bytes per run; 1 or more.</param>
    /// <param name="configure">More options (iterations, warm-up, name, …); the budget is set before it is called.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the action.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static AndConstraint<ActionAssertions> NotAllocateMoreThan(
        this ActionAssertions assertions, long maxBytesPerRun, Action<AllocationOptionsBuilder>? configure = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        var report = Leak.CheckAllocations(assertions.Subject, Options(CallerName.Find(), maxBytesPerRun, configure));
        Verify(report, "Expected {context:action} not to allocate more than {0} bytes per run", maxBytesPerRun, because, becauseArgs);
        return new AndConstraint<ActionAssertions>(assertions);
    }

    /// <summary>
    /// Asserts that the median run of the async function allocates at most <paramref name="maxBytesPerRun"/> bytes: measured
    /// on the running thread when no run yields, otherwise process-wide (then run the test alone; the report says which).
    /// </summary>
    /// <param name="assertions">The async function's assertions.</param>
    /// <param name="maxBytesPerRun">The budget in bytes per run; 1 or more.</param>
    /// <param name="configure">More options (iterations, warm-up, <c>RunsAlone()</c>, …); the budget is set before it is called.</param>
    /// <param name="because">Why the assertion is needed, phrased as FluentAssertions reasons are.</param>
    /// <param name="becauseArgs">Values for placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions on the function.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Task<AndConstraint<NonGenericAsyncFunctionAssertions>> NotAllocateMoreThanAsync(
        this NonGenericAsyncFunctionAssertions assertions, long maxBytesPerRun, Action<AllocationOptionsBuilder>? configure = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        return CheckAsync(assertions, assertions.Subject, Options(CallerName.Find(), maxBytesPerRun, configure), maxBytesPerRun, because, becauseArgs);
    }

    // The check starts inside the returned task, so invalid options fault the task like any other failure of the call.
    private static async Task<AndConstraint<NonGenericAsyncFunctionAssertions>> CheckAsync(
        NonGenericAsyncFunctionAssertions assertions, Func<Task> subject, Action<AllocationOptionsBuilder> options, long maxBytesPerRun, string because, object[] becauseArgs)
    {
        var report = await Leak.CheckAllocationsAsync(subject, options).ConfigureAwait(false);
        Verify(report, "Expected {context:function} not to allocate more than {0} bytes per run", maxBytesPerRun, because, becauseArgs);
        return new AndConstraint<NonGenericAsyncFunctionAssertions>(assertions);
    }

    /// <summary>The caller's name first, then the budget, so <paramref name="configure"/> can override either.</summary>
    private static Action<AllocationOptionsBuilder> Options(string? caller, long maxBytesPerRun, Action<AllocationOptionsBuilder>? configure) => builder =>
    {
        if (caller is not null)
        {
            builder.Name(caller);
        }

        builder.MaxBytesPerRun(maxBytesPerRun);
        configure?.Invoke(builder);
    };

    // The report goes in as an argument: its text is not parsed for FluentAssertions' placeholders.
    private static void Verify(AllocationReport report, string expectation, long maxBytesPerRun, string because, object[] becauseArgs) =>
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(report.Passed)
            .FailWith(expectation.Replace("{0}", maxBytesPerRun.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) + "{reason}, but {0}", report);
}
