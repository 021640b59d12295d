using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Checks where a relative path really leads: every existing component is resolved through symbolic links,
/// and a path that ends up outside the root directory is refused. Missing directories are created after the check.
/// </summary>
internal static class TargetGuard
{
    /// <summary>The real path of the root directory (which must exist).</summary>
    public static string RealRoot(string? directory)
    {
        var root = Path.GetFullPath(string.IsNullOrEmpty(directory) ? Directory.GetCurrentDirectory() : directory);
        if (!Directory.Exists(root))
            throw new LarkDownloadException(FailureKind.LocalFile, $"the download directory {root} does not exist", "Create it or choose another directory.");
        var info = new DirectoryInfo(root);
        return info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)!.FullName : info.FullName;
    }

    /// <summary>The real directory the file goes into (created when missing), checked to stay under <paramref name="root"/>.</summary>
    public static string PrepareDirectory(string root, IReadOnlyList<string> directorySegments, bool create)
    {
        var current = root;
        foreach (var segment in directorySegments)
        {
            var next = Path.Join(current, segment);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next;
                EnsureInside(root, target, segment);
                next = target;
            }
            else if (File.Exists(next))
            {
                throw new LarkDownloadException(FailureKind.LocalFile, $"{next} is a file, not a directory", "Choose another --output.");
            }

            current = next;
        }

        if (create)
            Directory.CreateDirectory(current);
        return current;
    }

    /// <summary>Refuses a final target that is a symbolic link leading outside the root.</summary>
    public static void CheckTarget(string root, string target)
    {
        var info = new FileInfo(target);
        if (info.LinkTarget is null)
            return;
        var resolved = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(info.LinkTarget, Path.GetDirectoryName(target)!);
        EnsureInside(root, resolved, info.Name);
    }

    private static void EnsureInside(string root, string path, string segment)
    {
        var full = Path.GetFullPath(path);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (full != root && !full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new LarkDownloadException(FailureKind.Validation,
                $"--output goes through the symbolic link \"{segment}\", which leads outside the working directory (to {full})",
                "Choose a path inside the working directory that does not pass through such a link.");
        }
    }

    /// <summary>The directory segments of an output path (all but the file name).</summary>
    public static IReadOnlyList<string> DirectoryOf(OutputPath? output) =>
        output is null ? [] : output.Segments.Take(output.Segments.Count - 1).ToArray();
}
