using LifetimeAssert.Attributes;

namespace LifetimeAssert.Checks;

/// <summary>Every kind of check a test attribute asks for, in the order they run: the leak check first.</summary>
internal static class CheckKinds
{
    public static readonly CheckKind Leak = new AttributeCheckKind<LeakCheckAttribute, LeakOptionsBuilder, LeakOptions>(
        "[AssertNoLeak]",
        static (attribute, builder, testClass, instance) =>
        {
            attribute.ApplyTo(builder);
            foreach (var name in attribute.Probes ?? [])
            {
                ProbeMembers.Resolve(name, testClass, instance, builder);
            }
        },
        static options => new LeakCheck(options));

    public static readonly CheckKind Allocations = new AttributeCheckKind<AllocationCheckAttribute, AllocationOptionsBuilder, AllocationOptions>(
        "[AssertAllocations]",
        static (attribute, builder, _, _) => attribute.ApplyTo(builder),
        static options => new AllocationCheck(options));

    /// <summary>The kinds in the order a test runs them; a later one runs only when the earlier ones passed.</summary>
    public static readonly IReadOnlyList<CheckKind> All = [Leak, Allocations];
}
