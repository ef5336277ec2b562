namespace LifetimeAssert.Npgsql;

/// <summary>
/// The names of the Npgsql internals the probes read by reflection, as Npgsql 10 declares them. The types they
/// must have are checked against the resolved Npgsql types (see <see cref="NpgsqlInternals"/>), so only names live
/// here. Tests point a name elsewhere (<c>NpgsqlShape.Npgsql10 with { ... }</c>) to see how a changed Npgsql is reported.
/// </summary>
internal sealed record NpgsqlShape
{
    /// <summary>
    /// The Npgsql versions whose internals match <see cref="Npgsql10"/>. Keep it equal to the PackageReference range
    /// in Directory.Packages.props (the Npgsql PackageVersion): that range is what NuGet enforces, this text is what the error tells the user.
    /// </summary>
    public const string SupportedVersions = "[10.0.3, 11.0)";

    public static NpgsqlShape Npgsql10 { get; } = new();

    /// <summary>Property of NpgsqlDataSource, a string: the pool name Npgsql's meter tags measurements with.</summary>
    public string DataSourceName { get; init; } = "Name";

    /// <summary>Field of NpgsqlDataSource, an int, non-zero once the data source is disposed.</summary>
    public string DataSourceIsDisposed { get; init; } = "_isDisposed";

    /// <summary>Property of NpgsqlDataSource: its configuration (an NpgsqlDataSourceConfiguration).</summary>
    public string DataSourceConfiguration { get; init; } = "Configuration";

    /// <summary>Type of a data source's configuration.</summary>
    public string Configuration { get; init; } = "Npgsql.NpgsqlDataSourceConfiguration";

    /// <summary>Property of the configuration: the tracing options (an NpgsqlTracingOptions).</summary>
    public string ConfigurationTracing { get; init; } = "TracingOptions";

    /// <summary>Type of the tracing options.</summary>
    public string TracingOptions { get; init; } = "Npgsql.NpgsqlTracingOptions";

    /// <summary>Property of the tracing options, a bool: whether opening a physical connection raises a "CONNECT" activity.</summary>
    public string TracingPhysicalOpen { get; init; } = "EnablePhysicalOpenTracing";

    /// <summary>Type of a data source that pools its physical connections (also the base of the multiplexing one).</summary>
    public string PoolingDataSource { get; init; } = "Npgsql.PoolingDataSource";

    /// <summary>Field of the pooling data source, an array of connectors with a null in each free slot.</summary>
    public string PoolConnectors { get; init; } = "Connectors";

    /// <summary>Property of NpgsqlMultiHostDataSource, an array of NpgsqlDataSource: one pool per host.</summary>
    public string MultiHostPools { get; init; } = "Pools";

    /// <summary>Type of the data source that <c>NpgsqlMultiHostDataSource.WithTargetSession</c> returns.</summary>
    public string MultiHostWrapper { get; init; } = "Npgsql.MultiHostDataSourceWrapper";

    /// <summary>Property of the wrapper, an NpgsqlMultiHostDataSource: the data source it hands connections from.</summary>
    public string WrappedSource { get; init; } = "WrappedSource";

    /// <summary>Type of one physical connection.</summary>
    public string Connector { get; init; } = "Npgsql.Internal.NpgsqlConnector";

    /// <summary>Property of the connector, a prepared-statement manager.</summary>
    public string ConnectorStatements { get; init; } = "PreparedStatementManager";

    /// <summary>Type of the manager that mirrors the session's server-side prepared statements.</summary>
    public string StatementManager { get; init; } = "Npgsql.PreparedStatementManager";

    /// <summary>Property of the manager, a <c>Dictionary&lt;string, PreparedStatement&gt;</c> of every statement it knows.</summary>
    public string StatementsBySql { get; init; } = "BySql";

    /// <summary>Type of one statement, prepared or only a candidate for automatic preparation.</summary>
    public string Statement { get; init; } = "Npgsql.PreparedStatement";

    /// <summary>Property of the statement, a bool: true once the server holds it (state Prepared).</summary>
    public string StatementIsPrepared { get; init; } = "IsPrepared";
}
