using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;

namespace LifetimeAssert.Npgsql.Testing;

/// <summary>
/// What the local cluster needs from Linux that .NET does not expose: a path's owner and type without following a
/// symbolic link, a small file read through a descriptor opened without following a link or blocking on a FIFO and
/// checked after opening (so what is checked is what is read), and user ids.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class UnixFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const uint StatxUid = 0x8;
    private const uint StatxSize = 0x200;
    private const uint StatxWanted = StatxType | StatxMode | StatxUid | StatxSize;
    private const int TypeMask = 0xF000;
    private const int TypeDirectory = 0x4000;
    private const int TypeRegular = 0x8000;
    private const int TypeLink = 0xA000;
    private const int OpenReadOnly = 0;
    private const int OpenNoControllingTerminal = 0x100;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;

    /// <summary>The kinds of file the checks tell apart.</summary>
    public enum Kind
    {
        Other,
        Directory,
        RegularFile,
        SymbolicLink,
    }

    /// <summary>The effective user id of this process.</summary>
    public static uint EffectiveUserId => NativeMethods.geteuid();

    // O_NOFOLLOW differs by architecture: 0100000 on ARM and PowerPC, 0400000 elsewhere.
    private static int OpenNoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le
        ? 0x8000
        : 0x20000;

    /// <summary>The owner, permissions and kind of <paramref name="path"/> itself (a link is not followed), or null when it cannot be read.</summary>
    public static FileStatus? Status(string path)
    {
        var result = NativeMethods.statx(AtFdCwd, path, AtSymlinkNoFollow, StatxWanted, out var buffer);
        return result == 0 ? FromBuffer(buffer) : null;
    }

    /// <summary>
    /// The text of a regular file of at most <paramref name="maxBytes"/> bytes owned by <paramref name="owner"/>, or
    /// null when the path is a link, another kind of file, someone else's, larger, or unreadable.
    /// </summary>
    public static string? ReadOwnedFile(string path, uint owner, int maxBytes)
    {
        var descriptor = NativeMethods.open(path, OpenReadOnly | OpenNoFollow | OpenNonBlocking | OpenCloseOnExec | OpenNoControllingTerminal);
        if (descriptor < 0)
        {
            return null;
        }

        try
        {
            // Checked on the open descriptor: the file cannot be swapped between the check and the read.
            if (NativeMethods.statx(descriptor, "", AtEmptyPath, StatxWanted, out var buffer) != 0
                || FromBuffer(buffer) is not { Kind: Kind.RegularFile } status
                || status.Owner != owner
                || status.Size > maxBytes)
            {
                return null;
            }

            var bytes = new byte[maxBytes];
            var read = NativeMethods.read(descriptor, bytes, maxBytes);
            return read < 0 ? null : Encoding.UTF8.GetString(bytes, 0, (int)read);
        }
        finally
        {
            _ = NativeMethods.close(descriptor);
        }
    }

    /// <summary>The user id of the account <paramref name="name"/>, or null when there is none.</summary>
    public static uint? UserId(string name)
    {
        // struct passwd starts with two pointers (pw_name, pw_passwd), then uid_t pw_uid.
        var entry = NativeMethods.getpwnam(name);
        return entry == IntPtr.Zero ? null : (uint)Marshal.ReadInt32(entry, 2 * IntPtr.Size);
    }

    private static FileStatus? FromBuffer(StatxBuffer buffer)
    {
        if ((buffer.Mask & StatxWanted) != StatxWanted)
        {
            return null;
        }

        var kind = (buffer.Mode & TypeMask) switch
        {
            TypeDirectory => Kind.Directory,
            TypeRegular => Kind.RegularFile,
            TypeLink => Kind.SymbolicLink,
            _ => Kind.Other,
        };
        return new FileStatus(buffer.Uid, (UnixFileMode)(buffer.Mode & 0xFFF), kind, (long)buffer.Size);
    }

    /// <summary>A file's owner, permissions, kind and size.</summary>
    public readonly record struct FileStatus(uint Owner, UnixFileMode Mode, Kind Kind, long Size)
    {
        /// <summary>True when the group or others may create, rename or remove entries in it (or write to it).</summary>
        public bool WritableByOthers => (Mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;
    }

    /// <summary>struct statx: the same layout on every Linux architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(0)]
        public uint Mask;

        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int dirFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint read(int descriptor, [Out] byte[] buffer, nint count);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int descriptor);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern uint geteuid();

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern IntPtr getpwnam([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    }
}
