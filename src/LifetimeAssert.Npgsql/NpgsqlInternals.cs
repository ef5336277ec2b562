using System.Collections;
using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// Reads the few Npgsql internals the probes need by reflection, because Npgsql 10 keeps them internal: a data
/// source's name (the meter's pool tag), whether it was disposed, its pooled physical connections and each
/// connection's prepared statements. Members are resolved and type-checked once, at first use (a probe's start),
/// not when a probe is created: a missing or changed one then fails the check naming the probe, through the same
/// channel as any probe that cannot count, instead of escaping from the code that builds the check.
/// </summary>
internal sealed class NpgsqlInternals
{
    private readonly Lazy<NpgsqlMember> _name;
    private readonly Lazy<NpgsqlMember> _isDisposed;
    private readonly Lazy<PoolMembers> _pool;
    private readonly Lazy<(NpgsqlMember Configuration, NpgsqlMember Tracing, NpgsqlMember PhysicalOpen)> _tracing;

    /// <param name="shape">The names to look up; tests pass a changed one to see how an unsupported Npgsql is reported.</param>
    public NpgsqlInternals(NpgsqlShape shape)
    {
        // Lazy's default mode caches an exception too: every later use reports the same unsupported member.
        _name = new(() => NpgsqlMember.Property(typeof(NpgsqlDataSource), shape.DataSourceName, typeof(string)));
        _isDisposed = new(() => NpgsqlMember.Field(typeof(NpgsqlDataSource), shape.DataSourceIsDisposed, typeof(int)));
        _pool = new(() => PoolMembers.Resolve(shape));
        _tracing = new(() =>
        {
            var configuration = UnsupportedNpgsql.InternalType(shape.Configuration);
            var tracing = UnsupportedNpgsql.InternalType(shape.TracingOptions);
            return (
                NpgsqlMember.Property(typeof(NpgsqlDataSource), shape.DataSourceConfiguration, configuration),
                NpgsqlMember.Property(configuration, shape.ConfigurationTracing, tracing),
                NpgsqlMember.Property(tracing, shape.TracingPhysicalOpen, typeof(bool)));
        });
    }

    /// <summary>The reader of the Npgsql this package was built against.</summary>
    public static NpgsqlInternals Npgsql10 { get; } = new(NpgsqlShape.Npgsql10);

    /// <summary>The name Npgsql's meter tags the data source's measurements with (<c>db.client.connection.pool.name</c>).</summary>
    public string PoolName(NpgsqlDataSource dataSource) => _name.Value.Read<string>(dataSource);

    /// <summary>Throws when the data source was disposed: its pool is gone, so any count read from it would be a silent 0.</summary>
    public void ThrowIfDisposed(NpgsqlDataSource dataSource)
    {
        if (_isDisposed.Value.Read<int>(dataSource) != 0)
        {
            throw new ObjectDisposedException(
                dataSource.GetType().Name,
                "the NpgsqlDataSource was disposed; probe a data source that lives as long as the check.");
        }
    }

    /// <summary>
    /// Whether opening a physical connection of the data source raises Npgsql's "CONNECT" activity (on unless its
    /// builder's <c>ConfigureTracing</c> turned <c>EnablePhysicalOpenTracing</c> off): the server-sessions probe learns
    /// this process's sessions from it.
    /// </summary>
    public bool TracesPhysicalOpen(NpgsqlDataSource dataSource)
    {
        var (configuration, tracing, physicalOpen) = _tracing.Value;
        return physicalOpen.Read<bool>(tracing.Read<object>(configuration.Read<object>(dataSource)));
    }

    /// <summary>
    /// The pooling data sources behind a pooling data source: itself, or every host's pool of a multi-host one.
    /// Resolves every member <see cref="CountPreparedStatements"/> reads, so an unsupported Npgsql fails here.
    /// </summary>
    public IReadOnlyList<NpgsqlDataSource> Pools(NpgsqlDataSource dataSource)
    {
        var members = _pool.Value;
        if (members.Wrapper.IsInstanceOfType(dataSource))
        {
            return Pools(members.WrappedSource.Read<NpgsqlDataSource>(dataSource));
        }

        if (dataSource is NpgsqlMultiHostDataSource)
        {
            return members.MultiHostPools.Read<NpgsqlDataSource[]>(dataSource).SelectMany(Pools).ToArray();
        }

        // The probe rejected Pooling=false, so any other kind of data source means Npgsql builds pools differently now.
        return members.PoolingDataSource.IsInstanceOfType(dataSource)
            ? [dataSource]
            : throw UnsupportedNpgsql.Error(
                $"the pooling data source has type {UnsupportedNpgsql.Display(dataSource.GetType())}, " +
                $"expected {UnsupportedNpgsql.Display(members.PoolingDataSource)}");
    }

    /// <summary>Prepared statements (explicit and automatic, state Prepared) held by the pool's open physical connections.</summary>
    public long CountPreparedStatements(NpgsqlDataSource pool)
    {
        var members = _pool.Value;
        long count = 0;

        // The array is covariant: a connector array is an object array, and its free slots are null.
        foreach (var connector in members.Connectors.Read<object?[]>(pool))
        {
            if (connector is null)
            {
                continue;
            }

            var manager = members.StatementManager.Read<object>(connector);
            foreach (var statement in members.BySql.Read<IDictionary>(manager).Values)
            {
                if (statement is not null && members.IsPrepared.Read<bool>(statement))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
