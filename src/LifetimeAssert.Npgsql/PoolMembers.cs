using Npgsql;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// The resolved types and members that lead from a data source to its connections' prepared statements. Each
/// member's expected type is built from the resolved types, so a member that now holds something else is caught
/// here, once, rather than by a cast while sampling.
/// </summary>
internal sealed record PoolMembers(
    Type PoolingDataSource,
    Type Wrapper,
    NpgsqlMember WrappedSource,
    NpgsqlMember MultiHostPools,
    NpgsqlMember Connectors,
    NpgsqlMember StatementManager,
    NpgsqlMember BySql,
    NpgsqlMember IsPrepared)
{
    public static PoolMembers Resolve(NpgsqlShape shape)
    {
        var pooling = UnsupportedNpgsql.InternalType(shape.PoolingDataSource);
        var wrapper = UnsupportedNpgsql.InternalType(shape.MultiHostWrapper);
        var connector = UnsupportedNpgsql.InternalType(shape.Connector);
        var manager = UnsupportedNpgsql.InternalType(shape.StatementManager);
        var statement = UnsupportedNpgsql.InternalType(shape.Statement);

        return new PoolMembers(
            pooling,
            wrapper,
            NpgsqlMember.Property(wrapper, shape.WrappedSource, typeof(NpgsqlDataSource)),
            NpgsqlMember.Property(typeof(NpgsqlMultiHostDataSource), shape.MultiHostPools, typeof(NpgsqlDataSource[])),
            NpgsqlMember.Field(pooling, shape.PoolConnectors, connector.MakeArrayType()),
            NpgsqlMember.Property(connector, shape.ConnectorStatements, manager),
            NpgsqlMember.Property(manager, shape.StatementsBySql, typeof(Dictionary<,>).MakeGenericType(typeof(string), statement)),
            NpgsqlMember.Property(statement, shape.StatementIsPrepared, typeof(bool)));
    }
}
