using System.Globalization;

namespace LifetimeAssert.Probes;

/// <summary>
/// <c>timers</c>: active <see cref="Timer"/> instances in the process (<see cref="Timer.ActiveCount"/>, exact and cheap).
/// When it leaks it says which callbacks the new timers run: the active timers are listed once at the first recorded
/// sample (the baseline) and again for the report, and the descriptions whose count grew are its lines.
/// </summary>
internal sealed class ActiveTimersProbe() : Probe("timers", isProcessWide: true), IDetailedProbe, IRecordedSampleObserver
{
    private const int MaxLinesShown = 5;

    private Dictionary<TimerDescription, int>? _baseline;
    private string? _baselineProblem;
    private bool _recorded;

    public IReadOnlyList<string> DescribeGrowth()
    {
        var (now, problem) = TimerInventory.Read();
        if ((problem ?? _baselineProblem) is { } unknown)
        {
            return [unknown];
        }

        var grown = now!
            .Select(t => (Timer: t.Key, Gained: t.Value - (_baseline?.GetValueOrDefault(t.Key) ?? 0)))
            .Where(t => t.Gained > 0)
            .OrderByDescending(t => t.Gained)
            .ThenBy(t => t.Timer.Callback, StringComparer.Ordinal)
            .ToList();
        var lines = grown.Take(MaxLinesShown)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Timer.Callback} x{t.Gained}, {t.Timer.Schedule}"))
            .ToList();
        if (grown.Count > MaxLinesShown)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"and {grown.Count - MaxLinesShown} more timer callbacks that grew"));
        }

        return lines;
    }

    public void OnSampleRecorded()
    {
        if (!_recorded)
        {
            _recorded = true;
            (_baseline, _baselineProblem) = TimerInventory.Read();
        }
    }

    protected internal override long Sample() => Timer.ActiveCount;
}
