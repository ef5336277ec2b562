using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>The context's connection: each open is a lease that its close releases.</summary>
internal sealed partial class ContextLifetime : IDbConnectionInterceptor
{
    private DbConnection? _connection;
    private DisposalToken _connectionLease;
    private bool _connectionOpen;
    private PendingRegistration _pendingOpen;

    public DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        // Only connections EF creates are its own to release; one passed in by the application stays the application's.
        // StateChange sees every open and close, also those EF makes without an interceptor call (a pool reset).
        if (!ReferenceEquals(_connection, result))
        {
            if (_connection is not null)
            {
                _connection.StateChange -= OnStateChange;
            }

            _connection = result;
            result.StateChange += OnStateChange;
        }

        return result;
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Acquire();
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection,
        ConnectionEventData eventData,
        InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        Acquire();

        // The provider may finish opening in a continuation where no user frame is left: take the site now.
        _pendingOpen = LifetimeTracker.CaptureRegistration<DbConnection>();
        return ValueTask.FromResult(result);
    }

    private void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && !_connectionOpen)
        {
            _connectionLease = _pendingOpen.TrackLease((DbConnection)sender);
            _pendingOpen = default;
            _connectionOpen = true;
        }
        else if (e.CurrentState is ConnectionState.Closed or ConnectionState.Broken)
        {
            ReleaseConnection();
        }
    }

    /// <summary>The connection closed: so did its readers and transactions (ADO.NET ends them with the connection).</summary>
    private void ReleaseConnection()
    {
        ReleaseAllReaders();
        ReleaseAllTransactions();
        if (_connectionOpen)
        {
            _connectionLease.MarkDisposed();
            _connectionLease = default;
            _connectionOpen = false;
        }
    }
}
