using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis.Testing;

namespace LifetimeAssert.Analyzers.Tests;

/// <summary>Sets a test up as one project: the code under test, the stand-ins and the .NET 10 reference assemblies.</summary>
internal static class TestProject
{
    // An empty set: the reference assemblies come from Basic.Reference.Assemblies, restored with the project, so
    // the tests download nothing while they run.
    private static readonly ReferenceAssemblies NoDownload = new("net10.0");

    /// <summary>Adds the stand-ins to the test's code and, for a code fix, to the fixed code.</summary>
    public static void Prepare(AnalyzerTest<DefaultVerifier> test, bool registerFramework, SolutionState? fixedState = null)
    {
        test.ReferenceAssemblies = NoDownload;
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        AddStubs(test.TestState, registerFramework);
        if (fixedState is not null)
        {
            AddStubs(fixedState, registerFramework);
        }
    }

    private static void AddStubs(SolutionState state, bool registerFramework)
    {
        state.Sources.Add(("LifetimeAssertStubs.cs", Stubs.LifetimeAssert));
        state.Sources.Add(("XunitStubs.cs", Stubs.Xunit));
        state.Sources.Add(("NUnitStubs.cs", Stubs.NUnit));
        state.Sources.Add(("MSTestStubs.cs", Stubs.MSTest));
        if (registerFramework)
        {
            state.Sources.Add(("Registration.cs", Stubs.Registration));
        }
    }
}
