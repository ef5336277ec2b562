using LifetimeAssert.Checks;
using LifetimeAssert.Services;

namespace LifetimeAssert.Adapters;

/// <summary>
/// The validated checks of one test (from <see cref="CheckedTest.Prepare"/>), run in order — the leak check, then the
/// allocation check only if it passed. Each report goes to the test's output; a failed check's files are written and
/// attached, and its exception returned for the adapter to fail the test with.
/// </summary>
public sealed class TestChecks
{
    private readonly IReadOnlyList<ICheck> _checks;
    private readonly TestName _name;
    private readonly string _isolationAdvice;
    private readonly EngineServices _services;

    internal TestChecks(IReadOnlyList<ICheck> checks, TestName name, string isolationAdvice, EngineServices services)
    {
        _checks = checks;
        _name = name;
        _isolationAdvice = isolationAdvice;
        _services = services;
    }

    /// <summary>Runs every check on the body; the body's own exception propagates as itself.</summary>
    /// <param name="body">One run of the test.</param>
    /// <param name="output">Where the reports and files go.</param>
    /// <param name="seenBefore">Types the test registered on a run its framework made before the checks (see <see cref="FirstRunRecorder"/>).</param>
    /// <param name="cancellationToken">The test's cancellation: stops the runs between two runs.</param>
    /// <returns>The first failed check's exception, or null when every check passed.</returns>
    public async Task<CheckFailedException?> RunAsync(
        TestBody body, ICheckOutput output, IReadOnlyList<Type>? seenBefore = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(output);
        var context = new CheckContext(_name.Subject, _name.FileName, seenBefore ?? [], _isolationAdvice, _services);
        foreach (var check in _checks)
        {
            var report = await check.RunAsync(body.Body, context, cancellationToken).ConfigureAwait(false);
            output.WriteLine(report.ToString());
            if (!report.Passed)
            {
                foreach (var file in report.WriteFiles(_name.FileName))
                {
                    output.Attach(file);
                }

                return report.CreateFailure();
            }
        }

        return null;
    }

    /// <summary>
    /// Runs every check from a synchronous framework hook: a synchronous body on the calling thread (as the framework
    /// runs it), an asynchronous one on the thread pool, away from any synchronization context the framework set, so it
    /// cannot wait for the thread blocked here. The execution context flows either way.
    /// </summary>
    /// <param name="body">One run of the test.</param>
    /// <param name="output">Where the reports and files go.</param>
    /// <param name="seenBefore">Types the test registered on a run its framework made before the checks.</param>
    /// <param name="cancellationToken">The test's cancellation.</param>
    /// <returns>The first failed check's exception, or null when every check passed.</returns>
    public CheckFailedException? Run(TestBody body, ICheckOutput output, IReadOnlyList<Type>? seenBefore = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.IsAsync)
        {
            return Task.Run(() => RunAsync(body, output, seenBefore, cancellationToken), CancellationToken.None).GetAwaiter().GetResult();
        }

        var checks = RunAsync(body, output, seenBefore, cancellationToken);
        return checks.IsCompleted
            ? checks.GetAwaiter().GetResult()
            : throw new InvalidOperationException("The checks of a synchronous test did not complete synchronously.");
    }
}
