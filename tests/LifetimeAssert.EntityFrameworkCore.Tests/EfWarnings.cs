using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LifetimeAssert.EntityFrameworkCore.Tests;

internal static class EfWarnings
{
    /// <summary>
    /// EF throws once more than twenty internal service providers exist in the process. The provider test makes that
    /// many on purpose (that is the leak it proves), so the tests that build a provider after it must not fail on it.
    /// </summary>
    public static void AllowManyServiceProviders(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning);
}
