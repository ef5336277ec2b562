using System.Runtime.CompilerServices;

namespace LifetimeAssert.Scenarios;

/// <summary>
/// The code paths under test, each with its leaking and clean twin. Every front end (imperative API,
/// xUnit v3, NUnit, FluentAssertions) runs these same methods; each keeps its own statics.
/// </summary>
public static class Code
{
    public static class StaticList
    {
        private static readonly List<Session> Kept = [];

        public static void Leaking() => Kept.Add(new Session());

        public static void Clean() => _ = new Session { User = "bob" };
    }

    public static class BoundedCache
    {
        private const int Capacity = 4;
        private static readonly Queue<Session> Entries = new();
        private static int _calls;

        /// <summary>Fills to four entries and then evicts the oldest: not a leak.</summary>
        public static void Clean()
        {
            lock (Entries)
            {
                Entries.Enqueue(new Session { User = "u" + _calls++ });
                if (Entries.Count > Capacity)
                {
                    Entries.Dequeue();
                }
            }
        }

        private static readonly Dictionary<int, Session> Unbounded = [];

        /// <summary>The same cache without eviction: a leak.</summary>
        public static void Leaking()
        {
            lock (Unbounded)
            {
                Unbounded[_calls++] = new Session();
            }
        }
    }

    public static class SlowlyFillingCache
    {
        private const int Capacity = 5;
        private static readonly List<Session> Entries = [];
        private static int _calls;

        /// <summary>Adds an entry every third call until it holds five: a bound reached slowly, not a leak.</summary>
        public static void Clean()
        {
            if (++_calls % 3 == 0 && Entries.Count < Capacity)
            {
                Entries.Add(new Session());
            }
        }
    }

    public static class LazySingleton
    {
        private static readonly Lazy<Session> Instance = new(() => new Session());

        public static void Clean() => _ = Instance.Value.User;

        private static readonly List<Session> Replaced = [];
        private static Session _current = new();

        /// <summary>A "singleton" replaced on every call whose old instances are kept: a leak.</summary>
        public static void Leaking()
        {
            Replaced.Add(_current);
            _current = new Session();
        }
    }

    public static class EveryFewRuns
    {
        private static readonly List<Session> Kept = [];
        private static readonly int[] Calls = new int[16];

        /// <summary>Keeps one session every <paramref name="period"/> calls: a slow leak.</summary>
        public static void Leaking(int period)
        {
            var session = new Session();
            if (Interlocked.Increment(ref Calls[period]) % period == 0)
            {
                lock (Kept)
                {
                    Kept.Add(session);
                }
            }
        }
    }

    public static class AsyncContinuation
    {
        private static readonly List<Session> Kept = [];

        public static async Task Leaking()
        {
            await Task.Yield();
            lock (Kept)
            {
                Kept.Add(new Session());
            }
        }

        /// <summary>Holds a session across awaits in a local and returns it: still not a leak.</summary>
        public static async Task<Session> Clean()
        {
            var session = new Session();
            await Task.Yield();
            await Task.Delay(1).ConfigureAwait(false);
            return session;
        }
    }

    public static class ReturnedObject
    {
        /// <summary>The caller drops what it gets back; a JIT temporary must not keep it alive.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static Session Clean() => new() { User = "returned" };
    }

    public static class Rows
    {
        private static readonly List<Session> Kept = [];

        /// <summary>A parameterized path that leaks only for <paramref name="id"/> 2.</summary>
        public static void Find(int id)
        {
            var session = new Session { User = "user" + id };
            if (id == 2)
            {
                Kept.Add(session);
            }
        }
    }

    public static class Events
    {
        private static event EventHandler? Tick;

        public static void Leaking() => Tick += new Subscriber().OnTick;

        public static void Clean()
        {
            var subscriber = new Subscriber();
            Tick += subscriber.OnTick;
            Tick -= subscriber.OnTick;
        }

        public static int Subscribers => Tick?.GetInvocationList().Length ?? 0;
    }

    public static class Timers
    {
        private static readonly List<Timer> Kept = [];

        private static readonly TimeSpan Later = TimeSpan.FromHours(1);

        /// <summary>Scheduled timers are active; a kept one stays active.</summary>
        public static void Leaking() => Kept.Add(new Timer(_ => { }, null, Later, Timeout.InfiniteTimeSpan));

        public static void Clean()
        {
            using var timer = new Timer(_ => { }, null, Later, Timeout.InfiniteTimeSpan);
        }
    }

    public static class Resources
    {
        /// <summary>Never disposed, but nothing keeps it: collected, still a leak of what it held.</summary>
        public static void Leaking() => _ = new Resource();

        public static void Clean()
        {
            using var resource = new Resource();
        }
    }

    /// <summary>A registry of callbacks with its own count, read by a user probe.</summary>
    public static class Registry
    {
        private static readonly List<Action> Callbacks = [];

        public static long Count
        {
            get
            {
                lock (Callbacks)
                {
                    return Callbacks.Count;
                }
            }
        }

        /// <summary>Probes, as a test class hands them to the attribute's Probes option.</summary>
        public static Probe CountProbe => Probe.Counter("registered callbacks", () => Count);

        public static void Leaking()
        {
            lock (Callbacks)
            {
                Callbacks.Add(() => { });
            }
        }

        public static void Clean()
        {
            Action callback = () => { };
            lock (Callbacks)
            {
                Callbacks.Add(callback);
                Callbacks.Remove(callback);
            }
        }
    }

    /// <summary>
    /// Work queued without the execution context, as a server's request pipeline or a hosted service runs: the
    /// session is registered outside the check's async flow and counts only when the check runs alone.
    /// </summary>
    public static class OffFlow
    {
        private static readonly List<Session> Kept = [];

        public static Task Leaking() => Queue(keep: true);

        public static Task Clean() => Queue(keep: false);

        private static Task Queue(bool keep)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            ThreadPool.UnsafeQueueUserWorkItem(
                _ =>
                {
                    Create(keep);
                    done.SetResult();
                },
                null);
            return done.Task;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Create(bool keep)
        {
            var session = new Session { User = "off-flow" };
            if (keep)
            {
                lock (Kept)
                {
                    Kept.Add(session);
                }
            }
        }
    }

    public static class Throwing
    {
        public const string Message = "boom in the body";

        public static void Run() => throw new InvalidOperationException(Message);
    }

    public static class Nothing
    {
        /// <summary>Creates no registered object at all.</summary>
        public static void Run() => _ = new object();
    }

    /// <summary>
    /// Leaves finalizers behind that schedule a new timer and a new finalizable object each time they run:
    /// every forced collection changes the count, so the heap never settles.
    /// </summary>
    public static class Resurrecting
    {
        private static readonly List<Timer> Kept = [];
        private static volatile bool _stopped;

        public static void Run()
        {
            _stopped = false;
            Spawn();
        }

        public static void Stop()
        {
            _stopped = true;
            lock (Kept)
            {
                Kept.ForEach(t => t.Dispose());
                Kept.Clear();
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void Spawn() => _ = new Phoenix();

        private sealed class Phoenix
        {
            ~Phoenix()
            {
                if (_stopped)
                {
                    return;
                }

                lock (Kept)
                {
                    Kept.Add(new Timer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan));
                }

                Spawn();
            }
        }
    }
}
