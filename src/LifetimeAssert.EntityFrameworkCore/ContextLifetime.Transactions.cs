using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LifetimeAssert.EntityFrameworkCore;

/// <summary>Transactions EF begins: counted until committed, rolled back, disposed or ended with their connection.</summary>
internal sealed partial class ContextLifetime : IDbTransactionInterceptor
{
    // EF itself holds a transaction until it ends (RelationalConnection.CurrentTransaction); one ended by Dispose alone
    // raises no interceptor call, so it is kept here until seen ended (Connection is null) at the next database work.
    private readonly List<(DbTransaction Transaction, DisposalToken Token)> _transactions = [];

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection,
        TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        Acquire();
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection,
        TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        Acquire();
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _transactions.Add((result, LifetimeTracker.TrackDisposable(result)));
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection,
        TransactionEndEventData eventData,
        DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        _transactions.Add((result, LifetimeTracker.TrackDisposable(result)));
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ReleaseTransaction(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseTransaction(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ReleaseTransaction(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseTransaction(transaction);
        return Task.CompletedTask;
    }

    private void ReleaseTransaction(DbTransaction transaction)
    {
        var index = _transactions.FindIndex(t => ReferenceEquals(t.Transaction, transaction));
        if (index >= 0)
        {
            _transactions[index].Token.MarkDisposed();
            _transactions.RemoveAt(index);
        }
    }

    private void ReleaseEndedTransactions()
    {
        for (var i = _transactions.Count - 1; i >= 0; i--)
        {
            if (HasEnded(_transactions[i].Transaction))
            {
                _transactions[i].Token.MarkDisposed();
                _transactions.RemoveAt(i);
            }
        }
    }

    private void ReleaseAllTransactions()
    {
        foreach (var (_, token) in _transactions)
        {
            token.MarkDisposed();
        }

        _transactions.Clear();
    }

    /// <summary>ADO.NET providers drop a transaction's connection once it was committed, rolled back or disposed.</summary>
    private static bool HasEnded(DbTransaction transaction)
    {
        try
        {
            return transaction.Connection is null;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
    }
}
