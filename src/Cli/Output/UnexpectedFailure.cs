using System.Net.Sockets;
using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Output;

/// <summary>
/// Exceptions no command turned into a <see cref="CliFailure"/>: a local I/O error is internal/file_io (exit 5), a
/// stray transport error network/transport (exit 4), anything else internal/sdk_error (exit 5). Reported as the
/// envelope, never as a stack trace.
/// </summary>
public static class UnexpectedFailure
{
    /// <summary>The failure to report for <paramref name="exception"/>.</summary>
    public static CliFailure From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            // HttpIOException and socket errors wrapped in IOException are the network's, not the disk's.
            HttpIOException or HttpRequestException or IOException { InnerException: SocketException } =>
                new CliFailure(ErrorCategory.Network, ErrorSubtype.Transport, $"network error: {exception.Message}", "Check the connection and the API base URL, then retry.") { Retryable = true },
            IOException or UnauthorizedAccessException =>
                CliFailure.LocalFile($"local file error: {exception.Message}",
                    "Check that the paths exist, are directories where directories are expected, and are writable: the working directory, LARKSUITE_CLI_CONFIG_DIR (default ~/.lark-cli) and LARKSUITE_CLI_DATA_DIR (default ~/.local/share)."),
            _ => new CliFailure(ErrorCategory.Internal, ErrorSubtype.SdkError, $"internal error ({exception.GetType().Name}): {exception.Message}",
                "This is a bug in lark-cli: please report it with the command that was run."),
        };
    }
}
