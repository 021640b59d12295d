using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Checks where a relative path really leads: every existing component is resolved through symbolic links
/// (<see cref="RealPath"/>), and a path that ends up outside the root directory is refused. Missing directories
/// are created after the check, and the directory is checked again before the commit.
/// </summary>
internal static class TargetGuard
{
    /// <summary>The real path of the root directory, created (with its parents) when it does not exist yet.</summary>
    public static string RealRoot(string? directory)
    {
        var given = string.IsNullOrEmpty(directory) ? Directory.GetCurrentDirectory() : Path.GetFullPath(directory);
        try
        {
            if (!Directory.Exists(given) && !File.Exists(given))
                Directory.CreateDirectory(given);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LarkException(LarkFailure.LocalFile(Wording.Text($"cannot create the download directory {given}: {e.Message}"),
                Wording.Of($"Check the permissions, or choose another {InputField.Directory}.")), e);
        }

        var root = Real(given);
        if (!Directory.Exists(root))
            throw new LarkException(LarkFailure.LocalFile(Wording.Text($"the download directory {root} is not a directory"), Wording.Of($"Choose another {InputField.Directory}.")));
        return root;
    }

    /// <summary>
    /// The real directory the file goes into, checked to stay under <paramref name="root"/> after every link on the
    /// way, and created when missing (with <paramref name="create"/>). Returns the directories it created, outermost
    /// first, so that a run that fails before any byte can remove them again.
    /// </summary>
    public static (string Directory, IReadOnlyList<string> Created) PrepareDirectory(string root, IReadOnlyList<string> directorySegments, bool create)
    {
        var current = root;
        var missing = new List<string>();
        foreach (var segment in directorySegments)
        {
            var next = Real(Path.Join(current, segment));
            EnsureInside(root, next, segment);
            if (File.Exists(next))
                throw new LarkException(LarkFailure.LocalFile(Wording.Text($"{next} is a file, not a directory"), Wording.Of($"Choose another {InputField.Output}.")));
            if (!Directory.Exists(next))
                missing.Add(next);
            current = next;
        }

        if (create && missing.Count > 0)
        {
            Directory.CreateDirectory(current);
            VerifyDirectory(root, current);
        }

        return (current, create ? missing : []);
    }

    /// <summary>
    /// Checks again, just before the file appears, that <paramref name="directory"/> is still where it was found: a
    /// component swapped for a link meanwhile would otherwise carry the file out of the root.
    /// </summary>
    public static void VerifyDirectory(string root, string directory)
    {
        if (!IsIntact(root, directory))
        {
            throw new LarkException(LarkFailure.LocalFile(
                Wording.Text($"the target directory {directory} changed during the download (it no longer leads to itself)"),
                Wording.Of($"Something replaced a directory on the way with a link; check the directory and {Term.RunAgain}.")));
        }
    }

    /// <summary>Whether <paramref name="directory"/> still really is itself, under <paramref name="root"/>.</summary>
    public static bool IsIntact(string root, string directory)
    {
        try
        {
            var real = RealPath.Of(directory);
            return real == directory && RealPath.IsInside(root, real);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // a loop of links, or a directory that can no longer be read: not the one that was checked
        }
    }

    /// <summary>Refuses a final target that is a symbolic link leading outside the root.</summary>
    public static void CheckTarget(string root, string target)
    {
        if (new FileInfo(target).LinkTarget is not null)
            EnsureInside(root, Real(target), Path.GetFileName(target));
    }

    // A loop of links or an unreadable directory on the way is a local problem, said as one.
    private static string Real(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LarkException(LarkFailure.LocalFile(Wording.Text($"cannot tell where {path} leads: {e.Message}"),
                Wording.Text("Check the symbolic links and permissions on the way to the target directory.")), e);
        }
    }

    private static void EnsureInside(string root, string path, string segment)
    {
        if (!RealPath.IsInside(root, path))
        {
            throw new LarkException(LarkFailure.Invalid(InputField.Output,
                Wording.Of($"{InputField.Output} goes through the symbolic link \"{segment}\", which leads outside {Term.WorkingDirectory} (to {path})")) with
            {
                Hint = Wording.Of($"Choose a path inside {Term.WorkingDirectory} that does not pass through such a link."),
            });
        }
    }

    /// <summary>The directory segments of an output path (all but the file name).</summary>
    public static IReadOnlyList<string> DirectoryOf(OutputPath? output) =>
        output is null ? [] : output.Segments.Take(output.Segments.Count - 1).ToArray();
}
