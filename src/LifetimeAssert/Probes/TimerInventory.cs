using System.Globalization;
using System.Reflection;
using LifetimeAssert.Tracking;

namespace LifetimeAssert.Probes;

/// <summary>
/// The runtime's active timers, grouped by what they call: each of the runtime's timer queues
/// (<c>TimerQueue.Instances</c>) keeps its scheduled timers in two linked lists of <c>TimerQueueTimer</c>, which are
/// exactly what <see cref="Timer.ActiveCount"/> counts. Those are runtime internals, read by reflection under the
/// queue's own lock; when a runtime lays them out differently the read fails with a sentence, never an exception.
/// Only text is kept: a kept delegate would keep its target, and a plugin's timer its context, alive.
/// </summary>
internal static class TimerInventory
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    // Enough for any real process; ends a walk that a list changing under an unexpected lock would never end.
    private const int MaxTimersRead = 1_000_000;

    private static readonly Lazy<(Layout? Layout, string? Problem)> Shape = new(Layout.Read);

    /// <summary>Active timers by description (callback, target, schedule), or why they could not be read.</summary>
    public static (Dictionary<TimerDescription, int>? Timers, string? Problem) Read()
    {
        if (Shape.Value.Layout is not { } layout)
        {
            return (null, Shape.Value.Problem);
        }

        try
        {
            var timers = new Dictionary<TimerDescription, int>();
            foreach (var queue in layout.Queues())
            {
                layout.ReadQueue(queue, timers);
            }

            return (timers, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Internals read by reflection may fail in any way on another runtime; the report only loses these lines.
            return (null, Unreadable($"reading them failed ({e.GetType().Name}: {e.Message})"));
        }
    }

    private static string Unreadable(string why) =>
        string.Create(CultureInfo.InvariantCulture, $"the active timers' callbacks are unknown: this runtime's timer queue (.NET {Environment.Version}) is not laid out as on .NET 8 to 10, which this version reads; {why}");

    /// <summary>How one timer is described: its callback, what the callback holds, and when it fires.</summary>
    // The queue marks "never" (no period, not scheduled) with uint.MaxValue.
    private static TimerDescription Describe(Delegate? callback, object? state, uint dueTime, uint period)
    {
        var method = callback?.Method is { } m ? $"{(m.DeclaringType is { } type ? TypeNames.Short(Written(type)) + "." : string.Empty)}{m.Name}" : "no callback";
        var target = callback?.Target?.GetType() switch
        {
            // A lambda that captures locals runs on a closure; one that captures nothing on the compiler's singleton, whose state says more.
            { Name: var name } closure when name.StartsWith("<>c__DisplayClass", StringComparison.Ordinal) => $" (closure in {TypeNames.Short(Written(closure))})",
            { Name: var name } when !name.StartsWith("<>c", StringComparison.Ordinal) && callback!.Target is { } t => $" (target {TypeNames.Short(t.GetType())})",
            _ when state is not null => $" (state {TypeNames.Short(state.GetType())})",
            _ => string.Empty,
        };
        var schedule = period != uint.MaxValue ? $"due every {Duration(period)}" : $"due once, {Duration(dueTime)} after it was set";
        return new TimerDescription(method + target, schedule);
    }

    /// <summary>The type the user wrote, for a compiler-generated one (a lambda's closure or singleton) nested in it.</summary>
    private static Type Written(Type type)
    {
        while (type.Name.StartsWith('<') && type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Duration(uint milliseconds) => milliseconds switch
    {
        _ when milliseconds % 3_600_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 3_600_000} h"),
        _ when milliseconds % 60_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 60_000} min"),
        _ when milliseconds % 1_000 == 0 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1_000} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{milliseconds} ms"),
    };

    /// <summary>The members read, found once; any one missing makes the whole read a sentence instead.</summary>
    private sealed class Layout
    {
        private PropertyInfo _instances = null!;
        private PropertyInfo? _sharedLock;
        private FieldInfo _shortTimers = null!;
        private FieldInfo _longTimers = null!;
        private FieldInfo _next = null!;
        private FieldInfo _callback = null!;
        private FieldInfo _state = null!;
        private FieldInfo _dueTime = null!;
        private FieldInfo _period = null!;

        public static (Layout? Layout, string? Problem) Read()
        {
            var queue = typeof(Timer).Assembly.GetType("System.Threading.TimerQueue");
            var timer = typeof(Timer).Assembly.GetType("System.Threading.TimerQueueTimer");
            if (queue is null || timer is null)
            {
                return (null, Unreadable("it has no System.Threading.TimerQueue or TimerQueueTimer"));
            }

            var missing = new List<string>();
            var layout = new Layout
            {
                _instances = Member(queue.GetProperty("Instances", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic), "TimerQueue.Instances", missing)!,

                // Locked by .NET 9 and later; .NET 8 locked the queue itself.
                _sharedLock = queue.GetProperty("SharedLock", Instance) is { PropertyType: var type } found && type == typeof(Lock) ? found : null,
                _shortTimers = Member(queue.GetField("_shortTimers", Instance), "TimerQueue._shortTimers", missing)!,
                _longTimers = Member(queue.GetField("_longTimers", Instance), "TimerQueue._longTimers", missing)!,
                _next = Member(timer.GetField("_next", Instance), "TimerQueueTimer._next", missing)!,
                _callback = Member(timer.GetField("_timerCallback", Instance), "TimerQueueTimer._timerCallback", missing)!,
                _state = Member(timer.GetField("_state", Instance), "TimerQueueTimer._state", missing)!,
                _dueTime = Member(timer.GetField("_dueTime", Instance), "TimerQueueTimer._dueTime", missing)!,
                _period = Member(timer.GetField("_period", Instance), "TimerQueueTimer._period", missing)!,
            };
            return missing.Count > 0 ? (null, Unreadable("it has no " + string.Join(", ", missing))) : (layout, null);
        }

        public IEnumerable<object> Queues() => (_instances.GetValue(null) as Array)?.OfType<object>() ?? [];

        public void ReadQueue(object queue, Dictionary<TimerDescription, int> timers)
        {
            // Only the fields are read under the runtime's lock; they are described after it is released.
            var read = new List<(Delegate? Callback, object? State, uint DueTime, uint Period)>();
            if (_sharedLock?.GetValue(queue) is Lock shared)
            {
                using (shared.EnterScope())
                {
                    ReadLists(queue, read);
                }
            }
            else
            {
                lock (queue)
                {
                    ReadLists(queue, read);
                }
            }

            foreach (var timer in read)
            {
                var key = Describe(timer.Callback, timer.State, timer.DueTime, timer.Period);
                timers[key] = timers.GetValueOrDefault(key) + 1;
            }
        }

        private static T? Member<T>(T? member, string name, List<string> missing)
            where T : MemberInfo
        {
            if (member is null)
            {
                missing.Add(name);
            }

            return member;
        }

        private void ReadLists(object queue, List<(Delegate? Callback, object? State, uint DueTime, uint Period)> read)
        {
            foreach (var list in new[] { _shortTimers, _longTimers })
            {
                for (var timer = list.GetValue(queue); timer is not null && read.Count < MaxTimersRead; timer = _next.GetValue(timer))
                {
                    read.Add((_callback.GetValue(timer) as Delegate, _state.GetValue(timer), (uint)_dueTime.GetValue(timer)!, (uint)_period.GetValue(timer)!));
                }
            }
        }
    }
}
