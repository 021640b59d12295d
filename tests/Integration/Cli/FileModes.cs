namespace Lark.Resources.Integration.Cli;

/// <summary>Unix permission bits (the store and config files are Unix-only in their modes).</summary>
public static class FileModes
{
    public const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static UnixFileMode Of(string path)
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("Unix file modes");
        return File.GetUnixFileMode(path);
    }
}
