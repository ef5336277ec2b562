namespace LifetimeAssert;

/// <summary>
/// Thrown before anything runs when the options of a leak check are invalid. The message lists every
/// problem found, one per line, each saying what to change.
/// </summary>
public sealed class LeakConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    /// <param name="errors">One sentence per problem.</param>
    public LeakConfigurationException(IReadOnlyList<string> errors)
        : this(errors, "leak check")
    {
    }

    /// <summary>Creates the exception for the options of another kind of check, such as an allocation check.</summary>
    internal LeakConfigurationException(IReadOnlyList<string> errors, string check)
        : base(Format(errors, check))
    {
        Errors = errors;
    }

    /// <summary>Each problem found, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Format(IReadOnlyList<string> errors, string check)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? $"Invalid {check} options: " + errors[0]
            : $"Invalid {check} options:" + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
    }
}
