namespace LifetimeAssert;

/// <summary>
/// Marks a judged probe that counts exactly but costs much to read (the named heap census walks the whole heap). An
/// ordinary settle agrees on the other probes and on the collector itself (as many objects ready for finalization in
/// two collections in a row), then reads it once; the confirmation's harder settle reads it in every round until two
/// rounds agree, so a count that only keeps changing (work left running, finalizers creating objects) makes the check
/// inconclusive before a leak is reported.
/// </summary>
/// <remarks>Implement it on a class derived from <see cref="Probe"/>.</remarks>
public interface ICostlyProbe
{
    /// <summary>
    /// Called once, before the confirmation's harder settle reads the probe in every round. Those are the check's last
    /// reads, and a leak is likely: a probe that can also explain one may keep what they see (the census keeps the
    /// heap walk's references for the retention path) instead of reading again after the check.
    /// </summary>
    void ConfirmationStarting();
}
