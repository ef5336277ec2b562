using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>Hands the provider's own objects to the provider: it only knows its own types.</summary>
internal static class Unwrap
{
    public static DbConnection? Connection(DbConnection? connection) =>
        connection is TrackedConnection tracked ? tracked.Inner : connection;

    public static DbTransaction? Transaction(DbTransaction? transaction) =>
        transaction is TrackedTransaction tracked ? tracked.Inner : transaction;

    /// <summary>
    /// The transaction to show for the provider's <paramref name="inner"/> one: the tracked wrapper when it wraps
    /// that transaction, else the provider's (set on <c>Inner</c> directly, or cleared by the provider).
    /// </summary>
    public static DbTransaction? Current(TrackedTransaction? tracked, DbTransaction? inner) =>
        tracked is not null && ReferenceEquals(tracked.Inner, inner) ? tracked : inner;
}
