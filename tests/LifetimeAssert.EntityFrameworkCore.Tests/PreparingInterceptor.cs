using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

/// <summary>
/// The application's well-meant "performance" interceptor: it prepares every query before EF runs it. Harmless on
/// parameterized SQL (one server-side statement per text and physical connection); on SQL built per call it prepares a
/// new statement every call, which Npgsql keeps until the physical connection closes — the original bug, through EF.
/// </summary>
public sealed class PreparingInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        command.Prepare();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        await command.PrepareAsync(cancellationToken);
        return result;
    }
}
