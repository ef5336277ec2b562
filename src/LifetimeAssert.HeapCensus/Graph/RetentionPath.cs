namespace LifetimeAssert.HeapCensus;

/// <summary>
/// A chain of references from a root to one survivor: <see cref="Nodes"/> starts at the node the root holds.
/// <see cref="Members"/> are the survivors (of <see cref="Survivors"/>) held the same way, <see cref="Alike"/> of them;
/// <see cref="Tree"/> is the search they were found in, for the lines that name their owners.
/// </summary>
internal sealed record RetentionPath(int Root, int[] Nodes, int[] Members, int Survivors, RetentionTree Tree)
{
    public int Alike => Members.Length;
}
