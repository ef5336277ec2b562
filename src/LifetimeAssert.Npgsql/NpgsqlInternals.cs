using System.Collections;
using System.Reflection;
using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// The few Npgsql internals the probes read by reflection, because Npgsql 10 keeps them internal: a data
/// source's name (the meter's pool tag), whether it was disposed, its pooled physical connections and each
/// connection's prepared statements. Every member is looked up once; a missing one is named in the error.
/// </summary>
internal static class NpgsqlInternals
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private static readonly Assembly NpgsqlAssembly = typeof(NpgsqlDataSource).Assembly;

    private static readonly Lazy<PropertyInfo> NameProperty = new(() => Property(typeof(NpgsqlDataSource), "Name"));
    private static readonly Lazy<FieldInfo> IsDisposedField = new(() => Field(typeof(NpgsqlDataSource), "_isDisposed"));
    private static readonly Lazy<FieldInfo> ConnectorsField = new(() => Field(InternalType("Npgsql.PoolingDataSource"), "Connectors"));
    private static readonly Lazy<PropertyInfo> MultiHostPoolsProperty = new(() => Property(InternalType("Npgsql.NpgsqlMultiHostDataSource"), "Pools"));
    private static readonly Lazy<PropertyInfo> WrappedSourceProperty = new(() => Property(InternalType("Npgsql.MultiHostDataSourceWrapper"), "WrappedSource"));
    private static readonly Lazy<PropertyInfo> ManagerProperty = new(() => Property(InternalType("Npgsql.Internal.NpgsqlConnector"), "PreparedStatementManager"));
    private static readonly Lazy<PropertyInfo> BySqlProperty = new(() => Property(InternalType("Npgsql.PreparedStatementManager"), "BySql"));
    private static readonly Lazy<PropertyInfo> StateProperty = new(() => Property(InternalType("Npgsql.PreparedStatement"), "State"));
    private static readonly Lazy<object> PreparedState = new(() => Enum.Parse(InternalType("Npgsql.PreparedState"), "Prepared"));

    /// <summary>The name Npgsql's meter tags the data source's measurements with (<c>db.client.connection.pool.name</c>).</summary>
    public static string PoolName(NpgsqlDataSource dataSource) =>
        NameProperty.Value.GetValue(dataSource) as string
        ?? throw new InvalidOperationException("the NpgsqlDataSource has no name, so its meter measurements cannot be told apart.");

    /// <summary>Throws when the data source was disposed: its pool is gone, so any count read from it would be a silent 0.</summary>
    public static void ThrowIfDisposed(NpgsqlDataSource dataSource)
    {
        if (IsDisposedField.Value.GetValue(dataSource) is int disposed && disposed != 0)
        {
            throw new ObjectDisposedException(
                dataSource.GetType().Name,
                "the NpgsqlDataSource was disposed; probe a data source that lives as long as the check.");
        }
    }

    /// <summary>
    /// The pooling data sources behind a data source: itself, or every host's pool of a multi-host one.
    /// Empty for a data source without pooling, whose physical connections close with their NpgsqlConnection.
    /// </summary>
    public static IReadOnlyList<NpgsqlDataSource> Pools(NpgsqlDataSource dataSource)
    {
        var type = dataSource.GetType();
        if (type.FullName == "Npgsql.MultiHostDataSourceWrapper")
        {
            return Pools((NpgsqlDataSource)WrappedSourceProperty.Value.GetValue(dataSource)!);
        }

        if (dataSource is NpgsqlMultiHostDataSource)
        {
            var hosts = (NpgsqlDataSource[])MultiHostPoolsProperty.Value.GetValue(dataSource)!;
            return hosts.SelectMany(Pools).ToArray();
        }

        return type.FullName == "Npgsql.PoolingDataSource" ? [dataSource] : [];
    }

    /// <summary>Prepared statements (explicit and automatic, state Prepared) held by the pool's open physical connections.</summary>
    public static long CountPreparedStatements(NpgsqlDataSource pool)
    {
        long count = 0;
        foreach (var connector in (Array)ConnectorsField.Value.GetValue(pool)!)
        {
            if (connector is null)
            {
                continue;
            }

            var manager = ManagerProperty.Value.GetValue(connector)!;
            foreach (var statement in ((IDictionary)BySqlProperty.Value.GetValue(manager)!).Values)
            {
                if (Equals(StateProperty.Value.GetValue(statement), PreparedState.Value))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Resolves every member a probe needs now, so an unsupported Npgsql fails when the probe is created.</summary>
    public static void EnsurePreparedStatementMembers()
    {
        _ = ConnectorsField.Value;
        _ = ManagerProperty.Value;
        _ = BySqlProperty.Value;
        _ = StateProperty.Value;
        _ = PreparedState.Value;
        _ = IsDisposedField.Value;
    }

    /// <summary>Resolves the members the meter probes need now.</summary>
    public static void EnsureMeterMembers()
    {
        _ = NameProperty.Value;
        _ = IsDisposedField.Value;
    }

    private static Type InternalType(string name) =>
        NpgsqlAssembly.GetType(name) ?? throw Unsupported($"type {name}");

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, Instance) ?? throw Unsupported($"field {type.Name}.{name}");

    private static PropertyInfo Property(Type type, string name) =>
        type.GetProperty(name, Instance) ?? throw Unsupported($"property {type.Name}.{name}");

    private static NotSupportedException Unsupported(string member) =>
        new($"Npgsql {NpgsqlAssembly.GetName().Version} has no internal {member}, which LifetimeAssert.Npgsql reads; it supports Npgsql 10.");
}
