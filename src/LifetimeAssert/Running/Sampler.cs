using LifetimeAssert.Settling;
using LifetimeAssert.Verdict;

namespace LifetimeAssert.Running;

/// <summary>
/// Takes one sample of every probe: settles the heap on the settling probes, then reads the others once, and records
/// all values together, so every series has the same length whatever fails. Costly probes (<see cref="ICostlyProbe"/>)
/// settle only in the confirmation's harder settle.
/// </summary>
internal sealed class Sampler
{
    private readonly RecordedProbe[] _probes;
    private readonly Settling _ordinary;
    private readonly Settling _hard;
    private readonly bool _finalizersAgree;
    private readonly bool _finalizersAgreeHard;
    private readonly long[] _values;
    private readonly ProbeCallLimit _limit;

    public Sampler(RecordedProbe[] probes, ProbeCallLimit limit)
    {
        _probes = probes;
        _limit = limit;
        _ordinary = new Settling(probes.Where(p => p.Settles).ToArray(), limit);
        _hard = new Settling(probes.Where(p => p.SettlesHard).ToArray(), limit);
        _finalizersAgree = probes.Any(p => p.ReadOnceJudged);

        // The hard settle reads costly probes in every round, and their reads (heap walks) leave finalizable garbage
        // that changes the next round's finalization count: only probes it still reads once need that signal.
        _finalizersAgreeHard = probes.Any(p => p.ReadOnceJudged && !p.SettlesHard);
        _values = new long[probes.Length];
    }

    /// <summary>The samples recorded so far, the baseline included.</summary>
    public int Taken { get; private set; }

    /// <summary>Settles, then records a value for every probe; returns why it could not settle or why a probe could not count, or null.</summary>
    /// <param name="hard">The confirmation's harder settle.</param>
    public Inconclusive? Sample(bool hard = false)
    {
        try
        {
            return SampleAll(hard ? _hard : _ordinary, hard);
        }
        catch (ProbeCallException e)
        {
            return new Inconclusive(e.Cause);
        }
    }

    private Inconclusive? SampleAll(Settling settling, bool hard)
    {
        if (hard)
        {
            foreach (var costly in _probes.Select(p => p.Probe).OfType<ICostlyProbe>())
            {
                ProbeCalls.ConfirmationStarting(costly, _limit);
            }
        }

        var outcome = GcSettler.Settle(settling.Read, settling.Counts, settling.Scratch, hard, hard ? _finalizersAgreeHard : _finalizersAgree);
        if (!outcome.IsSettled)
        {
            return new Inconclusive(outcome.Failure == SettleFailure.NoCollection ? new NoCollection() : new NeverSettled(outcome.Rounds));
        }

        for (var i = 0; i < _probes.Length; i++)
        {
            // The probes that did not settle are read once, after the settled ones.
            var settled = Array.IndexOf(settling.Probes, _probes[i]);
            _values[i] = settled >= 0 ? settling.Counts[settled] : ProbeCalls.Sample(_probes[i].Probe, _limit);
        }

        for (var i = 0; i < _probes.Length; i++)
        {
            _probes[i].Record(_values[i]);
        }

        Taken++;
        return null;
    }

    /// <summary>The probes one kind of settle reads in every round, and its buffers, so that settling allocates nothing per sample.</summary>
    private sealed class Settling(RecordedProbe[] probes, ProbeCallLimit limit)
    {
        public RecordedProbe[] Probes { get; } = probes;

        public long[] Counts { get; } = new long[probes.Length];

        public long[] Scratch { get; } = new long[probes.Length];

        public void Read(long[] counts)
        {
            for (var i = 0; i < Probes.Length; i++)
            {
                counts[i] = ProbeCalls.Sample(Probes[i].Probe, limit);
            }
        }
    }
}
