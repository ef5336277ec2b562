using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace LifetimeAssert.Services;

/// <summary>
/// Finds the assembly that carries <see cref="CensusProviderAttribute"/>: a loaded one, else one of the application's
/// assemblies (its trusted platform assemblies outside the shared frameworks), whose attributes are read from metadata
/// without loading them, so a package the user references but never touched is found too. The scan runs once.
/// </summary>
internal static class CensusProviderAssemblies
{
    private static readonly Lazy<Type?> FromApplication = new(ScanApplication);

    /// <summary>The registered provider type, or null when no assembly registers one.</summary>
    public static Type? FindProviderType() => FromLoaded() ?? FromApplication.Value;

    /// <summary>True when the file at <paramref name="path"/> is an assembly carrying the attribute; false for anything unreadable.</summary>
    public static bool DeclaresProvider(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return false;
            }

            var reader = pe.GetMetadataReader();
            return reader.IsAssembly && reader.GetAssemblyDefinition().GetCustomAttributes().Any(a => IsProviderAttribute(reader, reader.GetCustomAttribute(a)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return false;
        }
    }

    private static Type? FromLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic).Select(ProviderOf).FirstOrDefault(t => t is not null);

    private static Type? ProviderOf(Assembly assembly)
    {
        try
        {
            return assembly.GetCustomAttribute<CensusProviderAttribute>()?.ProviderType;
        }
        catch (Exception e) when (e is IOException or TypeLoadException)
        {
            // An assembly whose other attributes name a type that cannot be loaded registers no provider either.
            return null;
        }
    }

    private static Type? ScanApplication() =>
        CandidatePaths().Where(DeclaresProvider).Select(Load).OfType<Assembly>().Select(ProviderOf).FirstOrDefault(t => t is not null);

    private static Assembly? Load(string path)
    {
        try
        {
            return Assembly.Load(AssemblyName.GetAssemblyName(path));
        }
        catch (Exception e) when (e is IOException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The application's assemblies, without those of the shared frameworks (no package registers a provider there).</summary>
    private static IEnumerable<string> CandidatePaths()
    {
        var frameworks = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)));
        var paths = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string list
            ? list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            : Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return paths
            .Where(p => string.IsNullOrEmpty(frameworks) || !p.StartsWith(frameworks + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsProviderAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return reader.StringComparer.Equals(type.Name, nameof(CensusProviderAttribute))
            && reader.StringComparer.Equals(type.Namespace, typeof(CensusProviderAttribute).Namespace!);
    }
}
