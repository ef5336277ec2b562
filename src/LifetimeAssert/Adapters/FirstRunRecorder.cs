using LifetimeAssert.Tracking;

namespace LifetimeAssert.Adapters;

/// <summary>
/// For a test-framework adapter whose framework runs the test once before the adapter's check can start (xUnit runs
/// the test, then its after-test attributes): records which tracked types that run registers, so a lazy singleton
/// created then counts as seen — as it would in the check's own warm-up — instead of making the check look as if it
/// checks nothing. Pass <see cref="End"/>'s result to <see cref="TestChecks.RunAsync"/> as <c>seenBefore</c>.
/// </summary>
/// <remarks>
/// Start it from a synchronous method that runs in the test's async flow (a before-test hook), so the flow keeps it.
/// It keeps no object alive; <see cref="End"/> or <see cref="Dispose"/> frees what it holds.
/// </remarks>
public sealed class FirstRunRecorder : IDisposable
{
    private readonly FirstRun _run;

    private FirstRunRecorder(bool runsAlone, CancellationToken testCancellation) => _run = FirstRun.Start(runsAlone, testCancellation);

    /// <summary>
    /// Starts recording in the calling flow, until the framework's run is over or the test is cancelled: a run that never
    /// returns (its test timed out) stops counting as a running test when <paramref name="testCancellation"/> is cancelled,
    /// even if <see cref="End"/> is never called, so it cannot keep later tests from owning what is created outside their flow.
    /// </summary>
    /// <param name="runsAlone">True when no other test runs beside this one, so objects registered outside its flow are its own.</param>
    /// <param name="testCancellation">The test's cancellation, which the framework cancels when the test times out (<see cref="CancellationToken.None"/> when it has none).</param>
    /// <returns>The recorder; end it when the framework's run is over.</returns>
    public static FirstRunRecorder Start(bool runsAlone, CancellationToken testCancellation) => new(runsAlone, testCancellation);

    /// <summary>Stops recording and returns the types registered meanwhile; later calls return nothing.</summary>
    /// <returns>The registered types.</returns>
    public IReadOnlyList<Type> End() => _run.End();

    /// <summary>Stops recording, like <see cref="End"/>.</summary>
    public void Dispose() => _run.Dispose();
}
