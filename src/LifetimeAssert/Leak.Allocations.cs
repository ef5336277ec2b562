using System.Runtime.CompilerServices;
using LifetimeAssert.Checks;
using LifetimeAssert.Running;
using LifetimeAssert.Services;

namespace LifetimeAssert;

/// <summary>The imperative form of <c>[AssertAllocations]</c>: an allocation budget per run of a code path.</summary>
/// <example>
/// <code>
/// AllocationReport report = await Leak.CheckAllocationsAsync(() => parser.Parse(line), options => options
///     .MaxBytesPerRun(4096));
/// report.ThrowIfOverBudget();
/// </code>
/// </example>
public static partial class Leak
{
    /// <summary>Checks the bytes a synchronous code path allocates per run, measured exactly on the running thread.</summary>
    /// <param name="body">The code path; it is run warm-up + iterations times, each measured run on its own.</param>
    /// <param name="configure">Sets the options; <see cref="AllocationOptionsBuilder.MaxBytesPerRun"/> is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="AllocationReport.ThrowIfOverBudget"/> to fail over budget.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static Task<AllocationReport> CheckAllocationsAsync(Action body, Action<AllocationOptionsBuilder> configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunAllocations(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>
    /// Checks the bytes an asynchronous code path allocates per run: on the running thread when every run completes
    /// without yielding, otherwise process-wide (then the check must run alone to be trusted; the report says which).
    /// </summary>
    /// <param name="body">The code path; each run is awaited.</param>
    /// <param name="configure">Sets the options; <see cref="AllocationOptionsBuilder.MaxBytesPerRun"/> is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="AllocationReport.ThrowIfOverBudget"/> to fail over budget.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [OverloadResolutionPriority(1)] // an async lambda fits Func<Task> and Func<ValueTask>: take the Task form
    public static Task<AllocationReport> CheckAllocationsAsync(Func<Task> body, Action<AllocationOptionsBuilder> configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunAllocations(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>Checks the bytes a <see cref="ValueTask"/>-returning code path allocates per run (measured as for <see cref="Func{Task}"/>).</summary>
    /// <param name="body">The code path; each run is awaited.</param>
    /// <param name="configure">Sets the options; <see cref="AllocationOptionsBuilder.MaxBytesPerRun"/> is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="AllocationReport.ThrowIfOverBudget"/> to fail over budget.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static Task<AllocationReport> CheckAllocationsAsync(Func<ValueTask> body, Action<AllocationOptionsBuilder> configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return RunAllocations(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>Checks a synchronous code path's allocations with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    public static Task<AllocationReport> CheckAllocationsAsync(Action body, AllocationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return RunAllocations(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks an asynchronous code path's allocations with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    [OverloadResolutionPriority(1)]
    public static Task<AllocationReport> CheckAllocationsAsync(Func<Task> body, AllocationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return RunAllocations(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks a <see cref="ValueTask"/>-returning code path's allocations with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    /// <remarks>A <see cref="ValueTask"/> that did not complete synchronously is converted to a <see cref="Task"/>; that conversion is counted with the run.</remarks>
    public static Task<AllocationReport> CheckAllocationsAsync(Func<ValueTask> body, AllocationOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return RunAllocations(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks a synchronous code path's allocations without any asynchronous step, for synchronous assertion APIs.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="configure">Sets the options; <see cref="AllocationOptionsBuilder.MaxBytesPerRun"/> is required.</param>
    /// <returns>The report.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static AllocationReport CheckAllocations(Action body, Action<AllocationOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Synchronously(RunAllocations(CheckBody.From(body), configure, body, CancellationToken.None));
    }

    /// <summary>Checks a synchronous code path's allocations with options built beforehand, without any asynchronous step.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    public static AllocationReport CheckAllocations(Action body, AllocationOptions options, CancellationToken cancellationToken = default) =>
        Synchronously(CheckAllocationsAsync(body, options, cancellationToken));

    private static Task<AllocationReport> RunAllocations(CheckBody body, Action<AllocationOptionsBuilder> configure, Delegate code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = EngineServices.Resolve();
        var builder = new AllocationOptionsBuilder();
        configure(builder);
        return RunAllocations(body, builder.Build(services), code, services, cancellationToken);
    }

    private static Task<AllocationReport> RunAllocations(
        CheckBody body, AllocationOptions options, Delegate code, EngineServices services, CancellationToken cancellationToken) =>
        new AllocationCheck(options).RunAsync(body, CheckContext.ForCode(Subject(options, code), services), cancellationToken);
}
