using System.Collections;
using System.Collections.ObjectModel;
using System.Data;
using System.Data.Common;

namespace LifetimeAssert.Data;

/// <summary>
/// A provider's data reader, registered with the running leak check: it counts against
/// <c>Track&lt;DbDataReader&gt;()</c> while it lives and after it is collected without being closed or disposed
/// (its connection stayed busy). <see cref="Close"/> counts as release, like <c>Dispose</c>.
/// </summary>
/// <remarks>
/// Every read forwards to <see cref="Inner"/> unchanged. Provider-specific members are not visible through this
/// type, and casting it to the provider's type fails: use <see cref="Inner"/>. Nested readers from
/// <see cref="DbDataReader.GetData(int)"/> are the provider's and are not tracked.
/// </remarks>
public sealed class TrackedDataReader : DbDataReader, IDbColumnSchemaGenerator
{
    private readonly DbDataReader _inner;
    private readonly DisposalToken _token;

    internal TrackedDataReader(DbDataReader inner, PendingRegistration registration)
    {
        _inner = inner;
        _token = registration.TrackDisposable(this);
    }

    /// <summary>The provider's data reader, for provider-specific members. Work done on it directly is not tracked.</summary>
    public DbDataReader Inner => _inner;

    /// <inheritdoc/>
    public override int Depth => _inner.Depth;

    /// <inheritdoc/>
    public override int FieldCount => _inner.FieldCount;

    /// <inheritdoc/>
    public override int VisibleFieldCount => _inner.VisibleFieldCount;

    /// <inheritdoc/>
    public override bool HasRows => _inner.HasRows;

    /// <inheritdoc/>
    public override bool IsClosed => _inner.IsClosed;

    /// <inheritdoc/>
    public override int RecordsAffected => _inner.RecordsAffected;

    /// <inheritdoc/>
    public override object this[int ordinal] => _inner[ordinal];

    /// <inheritdoc/>
    public override object this[string name] => _inner[name];

    /// <inheritdoc/>
    public override bool Read() => _inner.Read();

    /// <inheritdoc/>
    public override Task<bool> ReadAsync(CancellationToken cancellationToken) => _inner.ReadAsync(cancellationToken);

    /// <inheritdoc/>
    public override bool NextResult() => _inner.NextResult();

    /// <inheritdoc/>
    public override Task<bool> NextResultAsync(CancellationToken cancellationToken) => _inner.NextResultAsync(cancellationToken);

    /// <inheritdoc/>
    public override bool GetBoolean(int ordinal) => _inner.GetBoolean(ordinal);

    /// <inheritdoc/>
    public override byte GetByte(int ordinal) => _inner.GetByte(ordinal);

    /// <inheritdoc/>
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        _inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    /// <inheritdoc/>
    public override char GetChar(int ordinal) => _inner.GetChar(ordinal);

    /// <inheritdoc/>
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        _inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    /// <inheritdoc/>
    public override string GetDataTypeName(int ordinal) => _inner.GetDataTypeName(ordinal);

    /// <inheritdoc/>
    public override DateTime GetDateTime(int ordinal) => _inner.GetDateTime(ordinal);

    /// <inheritdoc/>
    public override decimal GetDecimal(int ordinal) => _inner.GetDecimal(ordinal);

    /// <inheritdoc/>
    public override double GetDouble(int ordinal) => _inner.GetDouble(ordinal);

    /// <inheritdoc/>
    public override Type GetFieldType(int ordinal) => _inner.GetFieldType(ordinal);

    /// <inheritdoc/>
    public override float GetFloat(int ordinal) => _inner.GetFloat(ordinal);

    /// <inheritdoc/>
    public override Guid GetGuid(int ordinal) => _inner.GetGuid(ordinal);

    /// <inheritdoc/>
    public override short GetInt16(int ordinal) => _inner.GetInt16(ordinal);

    /// <inheritdoc/>
    public override int GetInt32(int ordinal) => _inner.GetInt32(ordinal);

    /// <inheritdoc/>
    public override long GetInt64(int ordinal) => _inner.GetInt64(ordinal);

    /// <inheritdoc/>
    public override string GetName(int ordinal) => _inner.GetName(ordinal);

    /// <inheritdoc/>
    public override int GetOrdinal(string name) => _inner.GetOrdinal(name);

    /// <inheritdoc/>
    public override string GetString(int ordinal) => _inner.GetString(ordinal);

    /// <inheritdoc/>
    public override object GetValue(int ordinal) => _inner.GetValue(ordinal);

    /// <inheritdoc/>
    public override int GetValues(object[] values) => _inner.GetValues(values);

    /// <inheritdoc/>
    public override bool IsDBNull(int ordinal) => _inner.IsDBNull(ordinal);

    /// <inheritdoc/>
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) =>
        _inner.IsDBNullAsync(ordinal, cancellationToken);

    /// <inheritdoc/>
    public override T GetFieldValue<T>(int ordinal) => _inner.GetFieldValue<T>(ordinal);

    /// <inheritdoc/>
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) =>
        _inner.GetFieldValueAsync<T>(ordinal, cancellationToken);

    /// <inheritdoc/>
    public override Stream GetStream(int ordinal) => _inner.GetStream(ordinal);

    /// <inheritdoc/>
    public override TextReader GetTextReader(int ordinal) => _inner.GetTextReader(ordinal);

    /// <inheritdoc/>
    public override Type GetProviderSpecificFieldType(int ordinal) => _inner.GetProviderSpecificFieldType(ordinal);

    /// <inheritdoc/>
    public override object GetProviderSpecificValue(int ordinal) => _inner.GetProviderSpecificValue(ordinal);

    /// <inheritdoc/>
    public override int GetProviderSpecificValues(object[] values) => _inner.GetProviderSpecificValues(values);

    /// <inheritdoc/>
    public override DataTable? GetSchemaTable() => _inner.GetSchemaTable();

    /// <inheritdoc/>
    public override Task<DataTable?> GetSchemaTableAsync(CancellationToken cancellationToken = default) =>
        _inner.GetSchemaTableAsync(cancellationToken);

    /// <inheritdoc/>
    public override Task<ReadOnlyCollection<DbColumn>> GetColumnSchemaAsync(CancellationToken cancellationToken = default) =>
        _inner.GetColumnSchemaAsync(cancellationToken);

    /// <summary>
    /// The provider's column schema: its own when its reader describes its columns, else the one .NET builds from
    /// <see cref="GetSchemaTable"/> (what <c>GetColumnSchema()</c> returns on the provider's reader).
    /// </summary>
    /// <returns>The columns of the current result.</returns>
    public ReadOnlyCollection<DbColumn> GetColumnSchema() => _inner.GetColumnSchema();

    /// <inheritdoc/>
    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    /// <inheritdoc/>
    public override void Close()
    {
        _inner.Close();
        _token.MarkDisposed();
    }

    /// <inheritdoc/>
    public override async Task CloseAsync()
    {
        await _inner.CloseAsync().ConfigureAwait(false);
        _token.MarkDisposed();
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        _token.MarkDisposed();
    }

    /// <summary>Wraps a reader the provider returns from an asynchronous execute.</summary>
    internal static Task<DbDataReader> WrapAsync(Task<DbDataReader> pending) =>
        pending.IsCompletedSuccessfully
            ? Task.FromResult<DbDataReader>(new TrackedDataReader(pending.Result, default))
            : WrapLaterAsync(pending, LifetimeTracker.CaptureRegistration<TrackedDataReader>());

    /// <inheritdoc/>
    protected override DbDataReader GetDbDataReader(int ordinal) => _inner.GetData(ordinal);

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        // The base class would call Close() again; the provider's Dispose closes its reader.
        if (disposing)
        {
            _inner.Dispose();
            _token.MarkDisposed();
        }
    }

    private static async Task<DbDataReader> WrapLaterAsync(Task<DbDataReader> pending, PendingRegistration registration) =>
        new TrackedDataReader(await pending.ConfigureAwait(false), registration);
}
