using System.Runtime.InteropServices;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// The two file operations .NET does not offer on Linux: a rename that refuses to replace, atomically
/// (<c>renameat2</c> with <c>RENAME_NOREPLACE</c>, else <c>link</c> then <c>unlink</c>, which fails on an existing
/// name; <see cref="File.Move(string, string, bool)"/> without overwrite checks and then renames, which leaves a
/// window) and <c>fsync</c> of a directory, which makes a rename durable. Elsewhere (no glibc, another OS), or where
/// the file system can do neither, callers fall back to what .NET has.
/// </summary>
internal static partial class NativeFiles
{
    private const string LibC = "libc.so.6";
    private const int AtCurrentDirectory = -100;
    private const uint RenameNoReplace = 1;
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC
    private const int FileExists = 17; // EEXIST

    /// <summary>What a no-replace rename did.</summary>
    public enum MoveOutcome
    {
        /// <summary>The file now has the new name.</summary>
        Moved,

        /// <summary>Something already has the new name; nothing changed.</summary>
        TargetExists,

        /// <summary>This system or file system cannot do it; nothing changed.</summary>
        Unsupported,
    }

    /// <summary>Renames <paramref name="source"/> to <paramref name="target"/> unless the target exists, atomically.</summary>
    public static MoveOutcome MoveNoReplace(string source, string target)
    {
        if (!OperatingSystem.IsLinux())
            return MoveOutcome.Unsupported;
        try
        {
            if (RenameAt2(AtCurrentDirectory, source, AtCurrentDirectory, target, RenameNoReplace) == 0)
                return MoveOutcome.Moved;
            var error = Marshal.GetLastPInvokeError();
            if (error == FileExists)
                return MoveOutcome.TargetExists;
            if (!IsUnsupported(error))
                throw new IOException($"renaming {source} to {target} failed: {Marshal.GetPInvokeErrorMessage(error)}", error);

            // No RENAME_NOREPLACE here (an old kernel, a file system without it): a hard link also refuses an existing name.
            if (Link(source, target) == 0)
            {
                _ = Unlink(source);
                return MoveOutcome.Moved;
            }

            error = Marshal.GetLastPInvokeError();
            return error == FileExists ? MoveOutcome.TargetExists
                : IsUnsupported(error) ? MoveOutcome.Unsupported
                : throw new IOException($"linking {source} to {target} failed: {Marshal.GetPInvokeErrorMessage(error)}", error);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return MoveOutcome.Unsupported;
        }
    }

    /// <summary>Flushes a directory's entries to disk, so a rename in it survives a crash; best effort.</summary>
    public static void FlushDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux())
            return;
        try
        {
            var descriptor = Open(directory, ReadOnlyCloseOnExec, 0);
            if (descriptor < 0)
                return;
            _ = FSync(descriptor);
            _ = Close(descriptor);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Without libc there is nothing more to do; the data itself was flushed before the rename.
        }
    }

    // EINVAL: the file system has no RENAME_NOREPLACE; ENOSYS: the kernel has no renameat2; EPERM/ENOTSUP: no hard
    // links either (FAT, some network and FUSE file systems).
    private static bool IsUnsupported(int error) => error is 22 or 38 or 1 or 95;

    [LibraryImport(LibC, EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport(LibC, EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);

    [LibraryImport(LibC, EntryPoint = "unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Unlink(string path);

    [LibraryImport(LibC, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport(LibC, EntryPoint = "fsync", SetLastError = true)]
    private static partial int FSync(int descriptor);

    [LibraryImport(LibC, EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int descriptor);
}
