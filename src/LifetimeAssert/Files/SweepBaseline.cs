using System.Text.Json;

namespace LifetimeAssert.Files;

/// <summary>
/// The baseline of known leaks a suite adopts the sweep with (<c>lifetimeassert.baseline.json</c>): each line a test, a
/// leaked type and how many. A leak it lists is reported and does not fail; a new one fails; a listed one that is gone
/// is reported so its line can be removed. Written by a run with <c>LIFETIMEASSERT_SWEEP_BASELINE=update</c>.
/// </summary>
internal static class SweepBaseline
{
    private const int Version = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The entries of the file at <paramref name="path"/>; none when it does not exist.</summary>
    /// <exception cref="InvalidDataException">The file is not a baseline; the message says what is wrong.</exception>
    public static IReadOnlyList<BaselineEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var file = JsonSerializer.Deserialize<BaselineFile>(File.ReadAllText(path), Json);
            return file is { Version: Version, Leaks: { } leaks } && leaks.All(l => l is { Test.Length: > 0, Type.Length: > 0, Count: > 0 })
                ? leaks
                : throw new InvalidDataException($"{path} is not a sweep baseline of version {Version} (each leak needs a test, a type and a count of 1 or more); write it again with LIFETIMEASSERT_SWEEP_BASELINE=update.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({e.Message}); write it again with LIFETIMEASSERT_SWEEP_BASELINE=update.", e);
        }
    }

    /// <summary>Writes <paramref name="entries"/>, ordered, so the file diffs well.</summary>
    public static void Write(string path, IEnumerable<BaselineEntry> entries)
    {
        var ordered = entries.OrderBy(e => e.Test, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ToList();
        File.WriteAllText(path, JsonSerializer.Serialize(new BaselineFile(Version, ordered), Json) + Environment.NewLine);
    }

    private sealed record BaselineFile(int Version, List<BaselineEntry> Leaks);
}
