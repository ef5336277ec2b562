namespace LifetimeAssert.WebExample.Orders;

/// <summary>An order as the endpoints return it.</summary>
public sealed record Order(int Id, string Description);
