using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>Commands (counted while alive) and the data readers they open (counted until closed).</summary>
internal sealed partial class ContextLifetime : IDbCommandInterceptor
{
    // Keyed by EF's command id, which its reader events carry too: no reference to a reader is kept here.
    private readonly Dictionary<Guid, DisposalToken> _readers = [];
    private PendingRegistration _pendingReader;

    public InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result)
    {
        Acquire();
        return result;
    }

    public DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result) => LifetimeTracker.Track(result);

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        _readers[eventData.CommandId] = LifetimeTracker.TrackDisposable(result);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default)
    {
        // The reader exists only after the provider's await, where no user frame may be left: take the site now.
        _pendingReader = LifetimeTracker.CaptureRegistration<DbDataReader>();
        return ValueTask.FromResult(result);
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        _readers[eventData.CommandId] = _pendingReader.TrackDisposable(result);
        _pendingReader = default;
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ReleaseReader(eventData.CommandId);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        ReleaseReader(eventData.CommandId);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        ReleaseReader(eventData.CommandId);
        return result;
    }

    private void ReleaseReader(Guid commandId)
    {
        if (_readers.Remove(commandId, out var token))
        {
            token.MarkDisposed();
        }
    }

    private void ReleaseAllReaders()
    {
        foreach (var token in _readers.Values)
        {
            token.MarkDisposed();
        }

        _readers.Clear();
    }
}
