using System.Globalization;
using System.Runtime.Versioning;
using System.Security;
using System.Security.AccessControl;
using System.Security.Cryptography;
using System.Security.Principal;
using System.Text;

namespace LifetimeAssert.Files;

/// <summary>
/// Where a check's files go (its report, chart and heap dump) and what they are called: <c>TestResults/LifetimeAssert</c>
/// under the test assembly's folder, readable by the current user only (a dump holds every secret the process had in
/// memory), each file named after its test in a form every file system and shell takes, one name per test row.
/// </summary>
internal static class ResultFiles
{
    /// <summary>The most characters of a test's name a file name keeps; a longer name is cut there and its hash added.</summary>
    public const int MaxNameLength = 120;

    /// <summary>Read, write and search for the owner only (<c>0700</c>).</summary>
    public const UnixFileMode PrivateFolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Read and write for the owner only (<c>0600</c>).</summary>
    public const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Hexadecimal digits of the SHA-256 of a test's name that a changed name ends with (48 bits).</summary>
    private const int HashLength = 12;

    private static readonly AsyncLocal<string?> FolderOverride = new();
    private static readonly Lock Gate = new();

    // Case-insensitive: two rows whose names differ only in case would share files on Windows and macOS.
    private static readonly HashSet<string> Claimed = new(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] WindowsDeviceNames =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>Names the folder the files go to for a run, instead of <c>TestResults/LifetimeAssert</c> beside the test assembly.</summary>
    public const string FolderVariable = "LIFETIMEASSERT_RESULTS";

    /// <summary>The folder the files go to (for the current flow: tests give each test a folder of its own).</summary>
    public static string Folder =>
        FolderOverride.Value
        ?? (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder ? Path.GetFullPath(folder) : null)
        ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "LifetimeAssert");

    /// <summary>
    /// The name a test's files start with. A name of at most <see cref="MaxNameLength"/> characters, each a letter, digit
    /// or one of <c>. _ - + ( ) , =</c> (not first <c>.</c> or <c>-</c>), is kept as it is: <c>Shop.OrderTests.Save</c>.
    /// Any other name — a data row's quotes, spaces, slashes or <c>%</c>, a long row — has every other character replaced by
    /// <c>_</c>, is cut to <see cref="MaxNameLength"/> characters, and gets <c>-</c> and 12 hexadecimal digits of the SHA-256
    /// of the whole name: <c>Shop.OrderTests.Save(__50_d__)-3f9a0c…</c>. So no name holds a character a file system refuses,
    /// a shell expands or the runtime's dump writer reads as a template (<c>%p</c>, <c>%d</c>), no name is longer than 255
    /// bytes with its extension, and two names that read alike once sanitized still differ.
    /// </summary>
    /// <param name="testName">The test's full name, such as <c>Shop.OrderTests.Save("a/b")</c>.</param>
    /// <returns>The name, without folder or extension.</returns>
    public static string NameOf(string testName)
    {
        ArgumentNullException.ThrowIfNull(testName);
        if (testName.Length is > 0 and <= MaxNameLength && testName.All(IsPortable) && testName[0] is not ('.' or '-') && !IsWindowsDeviceName(testName))
        {
            return testName;
        }

        var name = new StringBuilder(MaxNameLength + 2 + HashLength);
        foreach (var c in testName.AsSpan(0, Math.Min(testName.Length, MaxNameLength)))
        {
            name.Append(IsPortable(c) ? c : '_');
        }

        if (name.Length == 0 || name[0] is '.' or '-' || IsWindowsDeviceName(name.ToString()))
        {
            name.Insert(0, '_');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(testName));
        return name.Append('-').Append(Convert.ToHexStringLower(hash.AsSpan(0, HashLength / 2))).ToString();
    }

    /// <summary>
    /// The name one check's files take in this process: <see cref="NameOf"/> the test, or, when a file of another check
    /// of this process already took that name (two rows named alike, or a name run twice), that name with <c>-2</c>,
    /// <c>-3</c>, … So a check never overwrites or deletes the files of another.
    /// </summary>
    /// <param name="testName">The test's full name.</param>
    /// <returns>The claimed name, without folder or extension.</returns>
    public static string Claim(string testName)
    {
        var name = NameOf(testName);
        lock (Gate)
        {
            var claimed = name;
            for (var n = 2; !Claimed.Add(Path.Combine(Folder, claimed)); n++)
            {
                claimed = string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
            }

            return claimed;
        }
    }

    /// <summary>Gives back a name from <see cref="Claim"/> whose files were not written.</summary>
    /// <param name="name">The claimed name.</param>
    public static void Release(string name)
    {
        lock (Gate)
        {
            Claimed.Remove(Path.Combine(Folder, name));
        }
    }

    /// <summary>The path of a file: <paramref name="name"/> (from <see cref="Claim"/>) then <paramref name="extension"/>, in <see cref="Folder"/>.</summary>
    /// <param name="name">The claimed name.</param>
    /// <param name="extension">Such as <c>.leak.txt</c>.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string name, string extension) => Path.Combine(Folder, name + extension);

    /// <summary>
    /// Creates the folder when it is missing, and makes it readable by the current user only: mode <c>0700</c> (also when an
    /// earlier version created it with the default mode); on Windows, an access list that grants the current user alone
    /// full control, inherited by every file in it and by none from above.
    /// </summary>
    /// <param name="notPrivate">Null when the folder is private; otherwise why it could not be made so (not the owner, a
    /// file system that keeps no permissions).</param>
    /// <returns>The folder.</returns>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be created.</exception>
    public static string EnsureFolder(out string? notPrivate)
    {
        var folder = Folder;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            notPrivate = RestrictToCurrentUser(folder);
            return folder;
        }

        // The parents keep the default mode (TestResults is the test runner's too); the folder is created private.
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        Directory.CreateDirectory(folder, PrivateFolderMode);
        notPrivate = SetMode(folder, PrivateFolderMode);
        return folder;
    }

    /// <summary>Writes <paramref name="content"/> (UTF-8) to <paramref name="path"/>, readable by the current user only (mode <c>0600</c>).</summary>
    /// <param name="path">A file of <see cref="Folder"/>.</param>
    /// <param name="content">The text.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void WritePrivately(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFileMode;
        }

        using (var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.Write(content);
        }

        MakePrivate(path);
    }

    /// <summary>
    /// Makes a file another writer created (the dump) readable by the current user only: mode <c>0600</c>, also for a file
    /// that existed before (it keeps its mode when truncated). On Windows the file inherits the folder's access list.
    /// </summary>
    /// <param name="path">A file of <see cref="Folder"/>.</param>
    /// <returns>Null when the file is private; otherwise why it could not be made so.</returns>
    public static string? MakePrivate(string path) => OperatingSystem.IsWindows() ? null : SetMode(path, PrivateFileMode);

    /// <summary>Sends the files of the current flow to <paramref name="folder"/> until disposed (tests: a folder per test).</summary>
    /// <param name="folder">The folder to use instead of <c>TestResults/LifetimeAssert</c>.</param>
    /// <returns>Restores the folder used before.</returns>
    internal static IDisposable UseFolder(string folder)
    {
        var previous = FolderOverride.Value;
        FolderOverride.Value = folder;
        return new FolderScope(previous);
    }

    private static bool IsPortable(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '(' or ')' or ',' or '=';

    /// <summary>True for a name that Windows reads as a device whatever its extension (<c>NUL.leak.txt</c>).</summary>
    private static bool IsWindowsDeviceName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? name : name[..dot];
        return WindowsDeviceNames.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }

    [UnsupportedOSPlatform("windows")]
    private static string? SetMode(string path, UnixFileMode mode)
    {
        try
        {
            File.SetUnixFileMode(path, mode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }

        // A file system without Unix permissions (a Windows drive mounted in WSL, some network shares) accepts the change
        // and keeps none of it.
        var actual = File.GetUnixFileMode(path);
        return (actual & ~mode) == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"its mode stays {Octal(actual)} after setting {Octal(mode)}: its file system keeps no Unix permissions");
    }

    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode, 8);

    /// <summary>Replaces the folder's access list with one entry: full control for the current user, inherited by its files.</summary>
    [SupportedOSPlatform("windows")]
    private static string? RestrictToCurrentUser(string folder)
    {
        try
        {
            using var identity = WindowsIdentity.GetCurrent();
            if (identity.User is not { } user)
            {
                return "the current Windows identity has no security identifier";
            }

            var security = new DirectorySecurity();
            security.SetAccessRuleProtection(isProtected: true, preserveInheritance: false);
            security.AddAccessRule(new FileSystemAccessRule(
                user,
                FileSystemRights.FullControl,
                InheritanceFlags.ContainerInherit | InheritanceFlags.ObjectInherit,
                PropagationFlags.None,
                AccessControlType.Allow));
            new DirectoryInfo(folder).SetAccessControl(security);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException or InvalidOperationException or PlatformNotSupportedException)
        {
            return e.Message;
        }
    }

    private sealed class FolderScope(string? previous) : IDisposable
    {
        public void Dispose() => FolderOverride.Value = previous;
    }
}
