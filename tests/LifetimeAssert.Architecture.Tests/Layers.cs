namespace LifetimeAssert.Architecture.Tests;

/// <summary>
/// The engine's folders from the bottom up, as docs/architecture.md draws them: each may use its own types and those
/// of the folders before it in this list, never those of a folder after it.
/// </summary>
internal static class Layers
{
    public static readonly IReadOnlyList<string> BottomUp =
    [
        "Files",          // where a check's files go
        "Tracking",       // registrations, scopes, creation sites
        "Probes",         // what is counted
        "Settling",       // forced collections until counts agree
        "Services",       // the optional engine parts another package provides
        "Configuration",  // options, builders, validation
        "Attributes",     // options written on tests
        "Verdict",        // pure rules: record in, decision out
        "Running",        // runs the body, settles, samples: record out
        "Diagnosis",      // after a failing verdict: retention paths, dump, top types
        "Reporting",      // every word a user reads, and the files
        "Checks",         // one pipeline per kind of check
        "Adapters",       // the one orchestration test frameworks call
        "(root)",         // Leak: the imperative entry point
    ];

    /// <summary>Folders outside the layering: assembly-level attributes only.</summary>
    public static readonly IReadOnlySet<string> Exempt = new HashSet<string>(StringComparer.Ordinal) { "Properties" };

    public static int Rank(string folder) => BottomUp.ToList().IndexOf(folder);
}
