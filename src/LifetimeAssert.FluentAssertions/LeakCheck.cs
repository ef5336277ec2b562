using FluentAssertions.Execution;

namespace LifetimeAssert.FluentAssertions;

/// <summary>Runs the engine for an assertion and turns a failed report into a FluentAssertions failure.</summary>
internal static class LeakCheck
{
    /// <summary>The caller's name first, so a name given in <paramref name="configure"/> wins.</summary>
    public static Action<LeakOptionsBuilder> Options(string? caller, Action<LeakOptionsBuilder>? configure, Type? tracked) => builder =>
    {
        if (caller is not null)
        {
            builder.Name(caller);
        }

        if (tracked is not null)
        {
            builder.Track(tracked);
        }

        configure?.Invoke(builder);
    };

    /// <summary>Fails unless the report passed.</summary>
    /// <param name="report">The report, or null (a failure).</param>
    /// <param name="expectation">For example <c>Expected {context:action} not to leak</c>; the reason follows it.</param>
    /// <param name="because">The caller's reason.</param>
    /// <param name="becauseArgs">Values for the reason's placeholders.</param>
    public static void Verify(LeakReport? report, string expectation, string because, object[] becauseArgs)
    {
        // The report goes in as an argument: its text is not parsed for FluentAssertions' placeholders.
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(report?.Passed == true)
            .FailWith(expectation + "{reason}, but " + (report is null ? "it was <null>." : "{0}"), report);
    }
}
