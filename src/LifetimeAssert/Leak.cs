using System.Runtime.CompilerServices;
using LifetimeAssert.Checks;
using LifetimeAssert.Running;
using LifetimeAssert.Services;
using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// The imperative form of <c>[AssertNoLeak]</c>, for any test framework or a console program: runs a code
/// path many times and reports whether what it creates stays alive. Same engine, same verdict, same text.
/// </summary>
/// <example>
/// <code>
/// LeakReport report = await Leak.CheckAsync(() => repository.FindById(42), options => options
///     .Iterations(40)
///     .Track&lt;DbCommand&gt;());
/// report.ThrowIfLeaking();
/// </code>
/// </example>
public static partial class Leak
{
    /// <summary>Checks an asynchronous code path.</summary>
    /// <param name="body">The code path; it is run warm-up + iterations (+ a bounded number of extra) times.</param>
    /// <param name="configure">Sets the options; at least one thing to check is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="LeakReport.ThrowIfLeaking"/> to fail on a leak.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    [OverloadResolutionPriority(1)] // an async lambda fits Func<Task> and Func<ValueTask>: take the Task form
    public static Task<LeakReport> CheckAsync(Func<Task> body, Action<LeakOptionsBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Run(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>Checks an asynchronous code path that returns a <see cref="ValueTask"/>; each run is awaited.</summary>
    /// <param name="body">The code path; it is run warm-up + iterations (+ a bounded number of extra) times.</param>
    /// <param name="configure">Sets the options; at least one thing to check is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="LeakReport.ThrowIfLeaking"/> to fail on a leak.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static Task<LeakReport> CheckAsync(Func<ValueTask> body, Action<LeakOptionsBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Run(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>Checks an asynchronous code path that returns a <see cref="ValueTask"/>, with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    public static Task<LeakReport> CheckAsync(Func<ValueTask> body, LeakOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return Run(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks a synchronous code path.</summary>
    /// <param name="body">The code path; it is run warm-up + iterations (+ a bounded number of extra) times.</param>
    /// <param name="configure">Sets the options; at least one thing to check is required.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report; call <see cref="LeakReport.ThrowIfLeaking"/> to fail on a leak.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static Task<LeakReport> CheckAsync(Action body, Action<LeakOptionsBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Run(CheckBody.From(body), configure, body, cancellationToken);
    }

    /// <summary>Checks an asynchronous code path with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    [OverloadResolutionPriority(1)]
    public static Task<LeakReport> CheckAsync(Func<Task> body, LeakOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return Run(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks a synchronous code path with options built beforehand.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    public static Task<LeakReport> CheckAsync(Action body, LeakOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        return Run(CheckBody.From(body), options, body, EngineServices.Resolve(), cancellationToken);
    }

    /// <summary>Checks a synchronous code path without any asynchronous step, for synchronous assertion APIs.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="configure">Sets the options; at least one thing to check is required.</param>
    /// <returns>The report.</returns>
    /// <exception cref="LeakConfigurationException">The options are invalid; nothing ran.</exception>
    public static LeakReport Check(Action body, Action<LeakOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Synchronously(Run(CheckBody.From(body), configure, body, CancellationToken.None));
    }

    /// <summary>Checks a synchronous code path with options built beforehand, without any asynchronous step.</summary>
    /// <param name="body">The code path.</param>
    /// <param name="options">Validated options from <see cref="CheckOptionsBuilder{TBuilder, TOptions}.Build()"/>.</param>
    /// <param name="cancellationToken">Stops the runs between two runs.</param>
    /// <returns>The report.</returns>
    public static LeakReport Check(Action body, LeakOptions options, CancellationToken cancellationToken = default) =>
        Synchronously(CheckAsync(body, options, cancellationToken));

    /// <summary>Builds the options with the services the check then runs with: resolved once.</summary>
    private static Task<LeakReport> Run(CheckBody body, Action<LeakOptionsBuilder>? configure, Delegate code, CancellationToken cancellationToken)
    {
        var services = EngineServices.Resolve();
        var builder = new LeakOptionsBuilder();
        configure?.Invoke(builder);
        return Run(body, builder.Build(services), code, services, cancellationToken);
    }

    private static Task<LeakReport> Run(CheckBody body, LeakOptions options, Delegate code, EngineServices services, CancellationToken cancellationToken) =>
        new LeakCheck(options).RunAsync(body, CheckContext.ForCode(Subject(options, code), services), cancellationToken);

    private static string Subject(CheckOptions options, Delegate body) => options.Name ?? MethodNames.Owner(body.Method);

    // A synchronous body never yields, so the task has already completed here.
    private static T Synchronously<T>(Task<T> check) =>
        check.IsCompleted
            ? check.GetAwaiter().GetResult()
            : throw new InvalidOperationException("A synchronous check did not complete synchronously.");
}
