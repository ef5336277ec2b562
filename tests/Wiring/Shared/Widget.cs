namespace WiringFixture;

/// <summary>A tracked type: each instance registers itself with the leak check that sees its creation.</summary>
public sealed class Widget
{
    public Widget() => _ = LifetimeAssert.LifetimeTracker.Track(this);
}
