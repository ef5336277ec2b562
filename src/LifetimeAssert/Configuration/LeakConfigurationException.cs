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
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Each problem found, one sentence each.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Format(IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? "Invalid leak check options: " + errors[0]
            : "Invalid leak check options:" + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
    }
}
