namespace LifetimeAssert.Probes;

/// <summary>What an active timer calls (<c>PriceRefresher.&lt;.ctor&gt;b__2_0 (target PriceRefresher)</c>) and when (<c>due every 5 min</c>).</summary>
internal readonly record struct TimerDescription(string Callback, string Schedule);
