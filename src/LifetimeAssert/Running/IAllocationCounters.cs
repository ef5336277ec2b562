namespace LifetimeAssert.Running;

/// <summary>
/// The allocation counters the meter reads around each run: the runtime's (<see cref="GcAllocationCounters"/>) outside
/// tests; a test gives readings the runtime has been seen to give (0 at random, dotnet/runtime#118826). Reading one must
/// allocate nothing.
/// </summary>
internal interface IAllocationCounters
{
    /// <summary>Bytes allocated by the current thread since it started.</summary>
    long CurrentThread();

    /// <summary>Bytes allocated by the whole process since it started, exact.</summary>
    long Process();
}
