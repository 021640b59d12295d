namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Puts a finished file in place under its name. Without overwrite the rename refuses to replace anything, even a
/// file that appeared a moment ago: atomically where the system allows (<see cref="NativeFiles"/>), else with .NET's
/// no-overwrite move (which checks, then renames). The directory is flushed afterwards so the name survives a crash.
/// </summary>
internal static class NoReplaceMove
{
    /// <summary>Moves <paramref name="source"/> to <paramref name="target"/>; false when the target exists and may not be replaced.</summary>
    public static bool TryMove(string source, string target, bool overwrite)
    {
        if (overwrite)
        {
            File.Move(source, target, overwrite: true);
            return true;
        }

        switch (NativeFiles.MoveNoReplace(source, target))
        {
            case NativeFiles.MoveOutcome.Moved:
                return true;
            case NativeFiles.MoveOutcome.TargetExists:
                return false;
        }

        try
        {
            File.Move(source, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target) || Directory.Exists(target))
        {
            return false;
        }
    }
}
