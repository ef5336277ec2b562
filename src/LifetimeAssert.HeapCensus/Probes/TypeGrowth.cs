using System.Globalization;

namespace LifetimeAssert.HeapCensus;

/// <summary>How the live count of one exact type changed over a check, for the lines under a leak.</summary>
internal readonly record struct TypeGrowth(ulong TypeId, long First, long Last)
{
    public long Gained => Last - First;

    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{TypeName(),-40} +{Gained}   live {First} -> {Last}");

    private string TypeName() => HeapTypes.Resolve(TypeId) is { } type
        ? type.FullName ?? CSharpTypeNames.Of(type)
        : $"type 0x{TypeId:x}";
}
