using System.Runtime.CompilerServices;
using LifetimeAssert.Tracking;

namespace LifetimeAssert;

/// <summary>
/// Registers objects with the leak check that is running in the current async flow, so that
/// <c>Track&lt;T&gt;()</c> can count the live ones. Registration is weak: it never keeps an object alive.
/// </summary>
/// <remarks>
/// Outside a check, <see cref="Track{T}(T)"/> reads one async-local value and one counter and returns: nothing is
/// kept and nothing is allocated. Inside one, it costs one weak handle. Checks running in parallel each see only
/// the objects created in their own flow. An object registered outside every check's flow (a server's request
/// pipeline, a hosted service, a timer callback) belongs to the check that runs alone in the process, if one does;
/// otherwise it is counted for none, and the running checks report how many they saw.
/// </remarks>
public static class LifetimeTracker
{
    /// <summary>True when a leak check is running in the current async flow.</summary>
    public static bool IsTracking => TrackingScope.Current is { IsClosed: false };

    /// <summary>Registers <paramref name="instance"/> with the running check, if any, and returns it.</summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object to watch; null is ignored.</param>
    /// <returns><paramref name="instance"/>, so a constructor or factory can write <c>return LifetimeTracker.Track(new X());</c>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Track<T>(T instance)
        where T : class
    {
        if (instance is not null && Registration.Owner(instance.GetType()) is { } scope)
        {
            scope.Add(instance);
        }

        return instance!;
    }

    /// <summary>
    /// Registers <paramref name="instance"/> with the running check, if any, together with its disposal: until
    /// <see cref="DisposalToken.MarkDisposed"/> is called, the object counts against its type even after it was
    /// collected (a connection collected without Dispose was never returned to its pool).
    /// </summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object to watch.</param>
    /// <returns>The token to mark the object disposed; empty outside a check.</returns>
    /// <remarks>Register an object with this method or with <see cref="Track{T}(T)"/>, not both: it would count twice.</remarks>
    public static DisposalToken TrackDisposable<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Registration.Owner(instance.GetType())?.AddDisposable(instance) is { } record ? new DisposalToken(record) : default;
    }

    /// <summary>
    /// Registers one acquisition (a lease) of an object that is reused after it is released — a pooled object rented,
    /// a connection opened and later closed and reopened — with the running check, if any. It counts against its type
    /// from now until <see cref="DisposalToken.MarkDisposed"/> ends the lease, whether the object is still alive or was
    /// collected meanwhile; once released it no longer counts, although it lives on (back in its pool, closed). Each
    /// new acquisition of the same object is a new call.
    /// </summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object acquired.</param>
    /// <returns>The token that ends the lease; empty outside a check.</returns>
    /// <remarks>
    /// <see cref="TrackDisposable{T}(T)"/> counts an object while it lives even after its disposal, which suits
    /// objects used once; an object that is released and reused would count once per acquisition while it lives.
    /// </remarks>
    public static DisposalToken TrackLease<T>(T instance)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Registration.Owner(instance.GetType())?.AddLease(instance) is { } record ? new DisposalToken(record) : default;
    }

    /// <summary>
    /// Captures, now, the check an object of <typeparamref name="T"/> created later will belong to, and (during a check's
    /// confirmation runs) the caller's creation site; register the object with
    /// <see cref="PendingRegistration.TrackDisposable{T}(T)"/> once it exists. For provider hooks that
    /// create their object after an await, where neither the site nor the check could be found any more.
    /// </summary>
    /// <typeparam name="T">The type of the object to be created; its constructors are skipped when the site is captured.</typeparam>
    /// <returns>The registration; it holds nothing outside a check.</returns>
    /// <remarks>
    /// A creation site is the first frame outside LifetimeAssert, the runtime, common libraries and assemblies marked
    /// <see cref="LifetimeAssertComponentAttribute"/>: mark the hook's assembly so the site names its caller.
    /// </remarks>
    public static PendingRegistration CaptureRegistration<T>()
        where T : class
    {
        if (Registration.Owner(typeof(T)) is not { } scope)
        {
            return new PendingRegistration(null, null, shared: false);
        }

        var site = scope.CaptureSite(typeof(T), out var shared);
        return new PendingRegistration(scope, site, shared);
    }

    /// <summary>
    /// Captures, now, who owns objects that will live only as long as an object created now: a statement prepared on a
    /// connection lives as long as the connection. Register such an object later with
    /// <see cref="PendingRegistration.TrackDisposable{T}(T)"/>: a leak check running where it is created counts it (it
    /// grows with the check's runs, whoever owns the connection); otherwise it belongs to whoever owned the connection
    /// — a swept test that opened it, a fixture, or no one — so a test is never blamed for what lives with an object that
    /// outlives it.
    /// </summary>
    /// <typeparam name="T">The type of the objects to be registered.</typeparam>
    /// <returns>The registration; it holds nothing outside a check or a swept test.</returns>
    public static PendingRegistration CaptureOwner<T>()
        where T : class =>
        new(Registration.Owner(typeof(T)), site: null, shared: false, ownedLater: true);

    /// <summary>
    /// Declares that <paramref name="instance"/> must be gone once the current test has ended: under the per-test sweep
    /// at its <c>collect</c> level (<c>[assembly: LeakSweep]</c>, <c>LIFETIMEASSERT_SWEEP=collect</c>), a test after which
    /// it is still alive, once the test instance is released and the heap settled, fails naming it and what holds it.
    /// Elsewhere it does nothing and keeps nothing.
    /// </summary>
    /// <typeparam name="T">The instance's static type.</typeparam>
    /// <param name="instance">The object, weakly watched; null is ignored.</param>
    /// <returns><paramref name="instance"/>, so a factory can write <c>return LifetimeTracker.ExpectCollected(new Session());</c>.</returns>
    public static T ExpectCollected<T>(T instance)
        where T : class
    {
        if (instance is not null && Registration.Owner(instance.GetType()) is { Sweep: not null } scope)
        {
            scope.AddExpectedCollected(instance);
        }

        return instance!;
    }
}
