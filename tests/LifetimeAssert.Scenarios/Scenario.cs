namespace LifetimeAssert.Scenarios;

/// <summary>
/// One scenario: its name (also the test method name in the adapters' scenario assemblies), the expected
/// outcome, the text the outcome's message must contain, the body and the options.
/// </summary>
public sealed record Scenario(
    string Name,
    Expected Expected,
    string MustMention,
    Func<Task> Body,
    Action<LeakOptionsBuilder> Options)
{
    public override string ToString() => Name;
}
