namespace LifetimeAssert.HeapCensus.Tests.Shop.Orders;

/// <summary>A type of a sub-namespace of the one <see cref="NamespaceGrowthTests"/> follows.</summary>
public sealed record Basket(int Id);
