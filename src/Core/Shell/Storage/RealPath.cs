namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Where a path really leads, like POSIX <c>realpath</c>: every component that exists is resolved through symbolic
/// links, one link at a time, so a link whose target passes through another link (<c>x -&gt; evil/sub</c> with
/// <c>evil -&gt; /etc</c>) or climbs with <c>..</c> is followed exactly as the kernel would follow it. The part
/// that does not exist yet is kept as written.
/// </summary>
internal static class RealPath
{
    private const int MaxLinks = 40; // Linux's own limit (ELOOP)

    /// <summary>The real path of <paramref name="path"/> (absolute, or relative to the current directory).</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var resolved = new List<string>();
        var links = 0;
        while (pending.TryPop(out var component))
        {
            if (component == ".")
                continue;
            if (component == "..")
            {
                // The prefix is already real, so going up is going to its real parent.
                if (resolved.Count > 0)
                    resolved.RemoveAt(resolved.Count - 1);
                continue;
            }

            var candidate = Join(root, resolved, component);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                resolved.Add(component);
                continue;
            }

            if (++links > MaxLinks)
                throw new IOException($"too many levels of symbolic links at {candidate}");
            // A link's target replaces it: an absolute target restarts from the root, a relative one from its directory.
            var relative = target;
            if (Path.IsPathRooted(target))
            {
                resolved.Clear();
                root = Path.GetPathRoot(Path.GetFullPath(target)) ?? root;
                relative = target[(Path.GetPathRoot(target)?.Length ?? 0)..];
            }

            foreach (var part in Components(relative).Reverse())
                pending.Push(part);
        }

        return Join(root, resolved, null);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or lies under it.</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path == root || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string Join(string root, List<string> resolved, string? last)
    {
        var parts = last is null ? resolved : [.. resolved, last];
        return root + string.Join(Path.DirectorySeparatorChar, parts);
    }
}
