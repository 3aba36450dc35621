using System.Runtime.InteropServices;

namespace DocAnalysis.Host.Platform;

/// <summary>What a path names, as <c>stat</c> reports it.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A character or block device (<c>/dev/null</c>, a terminal).</summary>
    Device,

    /// <summary>A named pipe (FIFO).</summary>
    Pipe,

    /// <summary>A socket.</summary>
    Socket,

    /// <summary>This platform's <c>stat</c> is not known here: treated as a regular file.</summary>
    Unknown,
}

/// <summary>The few POSIX calls the host needs that .NET does not offer: a file's type, process groups, file descriptors.</summary>
internal static partial class Posix
{
    private const int SigKill = 9;

    /// <summary>What <paramref name="path"/> names, through links.</summary>
    public static FileKind KindOf(string path)
    {
        if (!File.Exists(path))
        {
            return Directory.Exists(path) ? FileKind.Folder : FileKind.Missing;
        }

        // st_mode's offset in struct stat: glibc and musl on x86-64 after dev, ino and nlink; the generic layout
        // (arm64) after dev and ino; on macOS after a 32-bit dev.
        var (offset, size) = (OperatingSystem.IsLinux(), RuntimeInformation.ProcessArchitecture) switch
        {
            (true, Architecture.X64) => (24, 4),
            (true, Architecture.Arm64) => (16, 4),
            (false, _) when OperatingSystem.IsMacOS() => (4, 2),
            _ => (-1, 0),
        };
        if (offset < 0)
        {
            return FileKind.Unknown;
        }

        var buffer = new byte[256];
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }

        var mode = size == 4 ? BitConverter.ToUInt32(buffer, offset) : BitConverter.ToUInt16(buffer, offset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0x2000 or 0x6000 => FileKind.Device,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>
    /// True when <paramref name="path"/> names the file open as <paramref name="handle"/> (same device and inode);
    /// true where that cannot be told (not Linux).
    /// </summary>
    public static bool SameFile(string path, SafeHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        var named = new byte[256];
        var open = new byte[256];
        // st_dev and st_ino open struct stat on Linux, whatever the architecture; /proc/self/fd/N leads to the open file even when removed.
        return Stat(path, named) == 0 && Stat($"/proc/self/fd/{handle.DangerousGetHandle()}", open) == 0 && named.AsSpan(0, 16).SequenceEqual(open.AsSpan(0, 16));
    }

    /// <summary>True when <paramref name="handle"/> is a terminal (<c>--out /dev/tty</c>): what is written there is escaped.</summary>
    public static bool IsTerminal(SafeHandle handle) => !OperatingSystem.IsWindows() && IsATty((int)handle.DangerousGetHandle()) == 1;

    /// <summary>Makes this process the leader of a process group of its own, so that its children can be ended with it.</summary>
    public static void LeadOwnProcessGroup()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = SetProcessGroup(0, 0);
        }
    }

    /// <summary>Kills every process left in the process group <paramref name="group"/> (a worker and the children it started).</summary>
    public static void KillProcessGroup(int group)
    {
        if (!OperatingSystem.IsWindows() && group > 1)
        {
            _ = Kill(-group, SigKill);
        }
    }

    /// <summary>A copy of file descriptor <paramref name="descriptor"/> that processes started later do not inherit, or -1.</summary>
    public static int Duplicate(int descriptor) => OperatingSystem.IsWindows() ? -1 : Fcntl(descriptor, DuplicateCloseOnExec, 3);

    private static readonly int DuplicateCloseOnExec = OperatingSystem.IsMacOS() ? 67 : 1030; // F_DUPFD_CLOEXEC

    /// <summary>Makes <paramref name="target"/> another name of <paramref name="descriptor"/>.</summary>
    public static bool Redirect(int descriptor, int target) => !OperatingSystem.IsWindows() && Dup2(descriptor, target) >= 0;

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "isatty")]
    private static partial int IsATty(int descriptor);

    [LibraryImport("libc", EntryPoint = "setpgid")]
    private static partial int SetProcessGroup(int process, int group);

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int process, int signal);

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int descriptor, int command, int argument);

    [LibraryImport("libc", EntryPoint = "dup2")]
    private static partial int Dup2(int descriptor, int target);
}
