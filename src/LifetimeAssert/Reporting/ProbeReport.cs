namespace LifetimeAssert;

/// <summary>What one probe did during a check: its settled counts, the window it was judged on, and why.</summary>
public sealed class ProbeReport
{
    internal ProbeReport(
        string name,
        bool isProcessWide,
        ProbeOutcome outcome,
        IReadOnlyList<long> values,
        IReadOnlyList<long> windowDeltas,
        int runsPerSample,
        long liveAtWindowStart,
        long liveAtEnd,
        IReadOnlyList<SiteCount> creationSites,
        int survivorsWithSite,
        string? note,
        IReadOnlyList<string> details,
        string? retentionPath)
    {
        Name = name;
        IsProcessWide = isProcessWide;
        Outcome = outcome;
        Values = values;
        WindowDeltas = windowDeltas;
        RunsPerSample = runsPerSample;
        LiveAtWindowStart = liveAtWindowStart;
        LiveAtEnd = liveAtEnd;
        CreationSites = creationSites;
        SurvivorsWithSite = survivorsWithSite;
        Note = note;
        Details = details;
        RetentionPath = retentionPath;
    }

    /// <summary>The probe's name, such as a tracked type's name.</summary>
    public string Name { get; }

    /// <summary>True when the probe counts the whole process, not just this check's objects.</summary>
    public bool IsProcessWide { get; }

    /// <summary>What the check concluded about this probe.</summary>
    public ProbeOutcome Outcome { get; }

    /// <summary>Every settled count, the baseline after the warm-up first.</summary>
    public IReadOnlyList<long> Values { get; }

    /// <summary>The growth of each sample of the judged window.</summary>
    public IReadOnlyList<long> WindowDeltas { get; }

    /// <summary>Runs between two samples of the judged window.</summary>
    public int RunsPerSample { get; }

    /// <summary>The count just before the judged window.</summary>
    public long LiveAtWindowStart { get; }

    /// <summary>The last settled count (after confirmation, for a leak).</summary>
    public long LiveAtEnd { get; }

    /// <summary>Growth per run over the judged window.</summary>
    public double GrowthPerRun => WindowDeltas.Count == 0 ? 0 : WindowDeltas.Sum() / (double)(WindowDeltas.Count * RunsPerSample);

    /// <summary>Where the survivors created during the confirmation runs were created, most frequent first.</summary>
    public IReadOnlyList<SiteCount> CreationSites { get; }

    /// <summary>How many survivors had a recorded creation site.</summary>
    public int SurvivorsWithSite { get; }

    /// <summary>What was done about this probe beyond the plain window (extension, re-sampling, confirmation).</summary>
    public string? Note { get; }

    /// <summary>What a leaking probe's count is made of, such as the types that grew for a heap-wide census; empty otherwise.</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>
    /// For a leak, the shortest chain of references from a GC root to one survivor (package LifetimeAssert.HeapCensus),
    /// such as <c>static Program.Cache (List&lt;Session&gt;) -&gt; Session[] -&gt; Session</c>; null when unknown.
    /// </summary>
    public string? RetentionPath { get; }
}
