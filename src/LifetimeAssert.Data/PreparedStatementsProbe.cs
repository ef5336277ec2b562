namespace LifetimeAssert.Data;

/// <summary>Samples the prepared statements of one tracked data source, factory or connection.</summary>
internal sealed class PreparedStatementsProbe(PreparedStatementCounter counter)
    : Probe(DataProbes.PreparedStatementsName, isProcessWide: true)
{
    protected override long Sample() => counter.Count;
}
