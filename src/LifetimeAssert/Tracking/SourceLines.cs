using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace LifetimeAssert.Tracking;

/// <summary>
/// The source line of an IL offset in a method, read from its assembly's portable PDB (beside it, at the path the
/// assembly names, or embedded) the way the runtime reads it for a stack trace with file information — but for the one
/// or two frames a creation site names, not for every frame of the stack.
/// </summary>
internal static class SourceLines
{
    private static readonly ConditionalWeakTable<Assembly, Symbols> ByAssembly = new();

    /// <summary>The file and line of <paramref name="ilOffset"/> in <paramref name="method"/>; no file without symbols.</summary>
    public static (string? File, int Line) Find(MethodBase method, int ilOffset)
    {
        if (ilOffset < 0 || ByAssembly.GetValue(method.Module.Assembly, Open).Reader is not { } reader)
        {
            return (null, 0);
        }

        try
        {
            var handle = MetadataTokens.MethodDefinitionHandle(method.MetadataToken & 0xFFFFFF);
            SequencePoint? best = null;
            foreach (var point in reader.GetMethodDebugInformation(handle).GetSequencePoints())
            {
                if (point.Offset > ilOffset)
                {
                    break;
                }

                if (!point.IsHidden)
                {
                    best = point;
                }
            }

            return best is { } found ? (reader.GetString(reader.GetDocument(found.Document).Name), found.StartLine) : (null, 0);
        }
        catch (BadImageFormatException)
        {
            return (null, 0);
        }
    }

    private static Symbols Open(Assembly assembly)
    {
        var path = assembly.IsDynamic ? string.Empty : assembly.Location;
        if (path.Length == 0)
        {
            return new Symbols(null);
        }

        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            return pe.TryOpenAssociatedPortablePdb(path, ReadFully, out var provider, out _) && provider is not null
                ? new Symbols(provider)
                : new Symbols(null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return new Symbols(null);
        }
    }

    // Read into memory, so no PDB file stays open (and locked) for the rest of the run.
    private static MemoryStream? ReadFully(string pdbPath) => File.Exists(pdbPath) ? new MemoryStream(File.ReadAllBytes(pdbPath)) : null;

    /// <summary>An assembly's symbols, kept as long as the assembly is loaded; null without a readable portable PDB.</summary>
    private sealed class Symbols(MetadataReaderProvider? provider)
    {
        public MetadataReader? Reader { get; } = provider?.GetMetadataReader();
    }
}
