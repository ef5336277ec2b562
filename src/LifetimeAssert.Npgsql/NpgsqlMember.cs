using System.Reflection;

namespace LifetimeAssert.Npgsql;

/// <summary>
/// One internal field or property of Npgsql, found and type-checked once. Reading it checks the value's type
/// again before the caller uses it, so a changed Npgsql ends in <see cref="UnsupportedNpgsql"/>'s error naming
/// the member, never in an invalid cast or a silently wrong count.
/// </summary>
internal sealed class NpgsqlMember
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly FieldInfo? _field;
    private readonly PropertyInfo? _property;

    private NpgsqlMember(string description, FieldInfo? field, PropertyInfo? property)
    {
        Description = description;
        _field = field;
        _property = property;
    }

    /// <summary>How the error names the member, e.g. "field Npgsql.PoolingDataSource.Connectors".</summary>
    public string Description { get; }

    /// <summary>Finds an instance field of <paramref name="owner"/> whose values are all <paramref name="expected"/>.</summary>
    public static NpgsqlMember Field(Type owner, string name, Type expected)
    {
        var description = $"field {UnsupportedNpgsql.Display(owner)}.{name}";
        var field = owner.GetField(name, Instance) ?? throw UnsupportedNpgsql.Error($"the internal {description} is missing");
        Check(description, field.FieldType, expected);
        return new NpgsqlMember(description, field, null);
    }

    /// <summary>Finds a readable instance property of <paramref name="owner"/> whose values are all <paramref name="expected"/>.</summary>
    public static NpgsqlMember Property(Type owner, string name, Type expected)
    {
        var description = $"property {UnsupportedNpgsql.Display(owner)}.{name}";
        PropertyInfo? property;
        try
        {
            property = owner.GetProperty(name, Instance);
        }
        catch (AmbiguousMatchException)
        {
            // A derived type redeclared it: which one Npgsql means is a guess the probe must not make.
            throw UnsupportedNpgsql.Error($"the internal {description} is declared more than once");
        }

        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            throw UnsupportedNpgsql.Error($"the internal {description} is missing");
        }

        Check(description, property.PropertyType, expected);
        return new NpgsqlMember(description, null, property);
    }

    /// <summary>The member's value on <paramref name="target"/>, which must not be null and must be a <typeparamref name="T"/>.</summary>
    public T Read<T>(object target)
    {
        // DoNotWrapExceptions: a getter's own exception (a concurrent change, say) reaches the caller as itself.
        var value = _field is not null
            ? _field.GetValue(target)
            : _property!.GetValue(target, BindingFlags.DoNotWrapExceptions, binder: null, index: null, culture: null);
        return value is T typed
            ? typed
            : throw UnsupportedNpgsql.Error(value is null
                ? $"the internal {Description} is null"
                : $"the internal {Description} holds a value of type {UnsupportedNpgsql.Display(value.GetType())}, expected {UnsupportedNpgsql.Display(typeof(T))}");
    }

    private static void Check(string description, Type actual, Type expected)
    {
        if (!expected.IsAssignableFrom(actual))
        {
            throw UnsupportedNpgsql.Error(
                $"the internal {description} has type {UnsupportedNpgsql.Display(actual)}, expected {UnsupportedNpgsql.Display(expected)}");
        }
    }
}
