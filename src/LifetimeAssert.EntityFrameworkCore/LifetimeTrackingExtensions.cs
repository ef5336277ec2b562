using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>Turns on LifetimeAssert's tracking of what Entity Framework Core creates.</summary>
public static class LifetimeTrackingExtensions
{
    /// <summary>
    /// Registers every <see cref="DbContext"/> configured by these options, and every connection, command, data reader
    /// and transaction EF creates for it, with the running leak check, with its release and creation site, so that
    /// <c>Track&lt;DbContext&gt;()</c>, <c>Track&lt;DbConnection&gt;()</c>, <c>Track&lt;DbDataReader&gt;()</c>,
    /// <c>Track&lt;DbTransaction&gt;()</c> and <c>Track&lt;DbCommand&gt;()</c> count them. Works with
    /// <c>AddDbContext</c>, <c>AddDbContextPool</c>, <c>AddDbContextFactory</c>, <c>OnConfiguring</c> and
    /// <c>new DbContextOptionsBuilder</c>.
    /// </summary>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <returns><paramref name="optionsBuilder"/>, for chaining.</returns>
    /// <remarks>
    /// <para>
    /// It adds an options extension whose scoped interceptor (EF's <c>IDbConnectionInterceptor</c>,
    /// <c>IDbCommandInterceptor</c> and <c>IDbTransactionInterceptor</c>, plus <c>IResettableService</c> for pooling)
    /// lives as long as the context's services. EF's objects are not wrapped. The extension holds no settings, so every
    /// context that uses it shares one internal service provider: it adds none per context. Outside a check it
    /// registers nothing and keeps nothing.
    /// </para>
    /// <para>What counts as released, per object:</para>
    /// <list type="bullet">
    /// <item><description><b>DbContext</b>: disposed; for a pooled context, returned to its pool. A context is acquired
    /// when EF builds its services (its first use, which is the creation site a leak names) and, once back from the pool,
    /// again at its next database work. It counts from then until released, alive or collected; a pooled context
    /// resting in its pool does not count.</description></item>
    /// <item><description><b>DbConnection</b> (only those EF creates; a connection passed to <c>UseSqlite(connection)</c>
    /// and the like is the application's): closed. EF keeps one connection per context and opens and closes it around
    /// its work, so each open is one acquisition, released by the close (by EF, by <c>Database.CloseConnection()</c>, or by
    /// the context's disposal or return to the pool).</description></item>
    /// <item><description><b>DbDataReader</b>: closed or disposed by EF (the query was enumerated to its end, or its
    /// enumerator disposed), or its connection closed. A reader collected while open counts.</description></item>
    /// <item><description><b>DbTransaction</b>: committed, rolled back, disposed (seen at the context's next database work),
    /// or its connection closed.</description></item>
    /// <item><description><b>DbCommand</b>: counted while alive (EF disposes its commands itself, and a collected command
    /// holds nothing).</description></item>
    /// </list>
    /// </remarks>
    public static DbContextOptionsBuilder AddLifetimeTracking(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<LifetimeTrackingOptionsExtension>() is null)
        {
            ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(new LifetimeTrackingOptionsExtension());
        }

        return optionsBuilder;
    }

    /// <inheritdoc cref="AddLifetimeTracking(DbContextOptionsBuilder)"/>
    /// <typeparam name="TContext">The context type.</typeparam>
    public static DbContextOptionsBuilder<TContext> AddLifetimeTracking<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext
    {
        AddLifetimeTracking((DbContextOptionsBuilder)optionsBuilder);
        return optionsBuilder;
    }
}
