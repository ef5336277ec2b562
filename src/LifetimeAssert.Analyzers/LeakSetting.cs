using System;
using Microsoft.CodeAnalysis;

namespace LifetimeAssert.Analyzers;

/// <summary>What one <c>[AssertNoLeak]</c> sets explicitly; unset scalars leave the value to an outer level.</summary>
internal sealed class LeakSetting
{
    public LeakSetting(AttributeData data, ISymbol owner, LeakLevel level)
    {
        Data = data;
        Owner = owner;
        Level = level;
        foreach (var argument in data.NamedArguments)
        {
            Read(argument.Key, argument.Value);
        }
    }

    public AttributeData Data { get; }

    /// <summary>The method, class or assembly the attribute is written on.</summary>
    public ISymbol Owner { get; }

    public LeakLevel Level { get; }

    public int? Iterations { get; private set; }

    public int? SampleEvery { get; private set; }

    public bool? RunAlone { get; private set; }

    /// <summary>True when it sets a non-empty Track, Census or Probes, or a Judge other than None.</summary>
    public bool JudgesSomething { get; private set; }

    /// <summary>True when an argument did not bind: the analyzer then stays silent rather than guess.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>
    /// The attribute's source location, or null when it cannot be reported: it is on the assembly (those only
    /// set defaults, and every checked test reports on its own attribute instead) or comes from metadata.
    /// </summary>
    public Location? ReportableLocation =>
        Level != LeakLevel.Assembly && Data.ApplicationSyntaxReference is { } reference
            ? Location.Create(reference.SyntaxTree, reference.Span)
            : null;

    private void Read(string name, TypedConstant value)
    {
        if (value.Kind == TypedConstantKind.Error)
        {
            HasErrors = true;
            return;
        }

        switch (name)
        {
            case "Iterations":
                Iterations = value.Value as int?;
                break;
            case "SampleEvery":
                SampleEvery = value.Value as int?;
                break;
            case "RunAlone":
                RunAlone = value.Value as bool?;
                break;
            case "Track":
            case "Census":
            case "Probes":
                JudgesSomething |= value.Kind == TypedConstantKind.Array && !value.IsNull && value.Values.Length > 0;
                break;
            case "Judge":
                JudgesSomething |= value.Value is not null && Convert.ToInt64(value.Value, System.Globalization.CultureInfo.InvariantCulture) != 0;
                break;
        }
    }
}
