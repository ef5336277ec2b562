namespace LifetimeAssert.Scenarios;

/// <summary>
/// Data rows whose names are hostile to file names and shells (issue 19): each adapter's dump scenarios run a leaking
/// check with them, and the adapter tests check that the files, the dump and the printed commands stay right.
/// </summary>
public static class HostileRows
{
    /// <summary>The runtime's dump writer expands <c>%d</c> (and <c>%p %e %h %t</c>) in a dump's path.</summary>
    public const string Percent = "50%d";

    /// <summary>A command substitution: pasting an unquoted or double-quoted path that holds it runs <c>touch x</c>.</summary>
    public const string Command = "$(touch x)";

    /// <summary>300 characters: a file name built from it is longer than the 255 bytes file systems take.</summary>
    public const string Long = Fifty + Fifty + Fifty + Fifty + Fifty + Fifty;

    /// <summary>Two rows that differ only in a character file names cannot hold (<c>/</c>), so they sanitize alike.</summary>
    public const string Slashed = "a/b";

    /// <summary>The other row of the pair: <see cref="Slashed"/> without its slash.</summary>
    public const string Unslashed = "ab";

    private const string Fifty = "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdef";
}
