namespace Lark.Resources.Shell;

/// <summary>What a download is doing when a progress snapshot is taken.</summary>
public enum DownloadStage
{
    /// <summary>Validating and preparing the target.</summary>
    Starting,

    /// <summary>Waiting for a response.</summary>
    Requesting,

    /// <summary>Receiving bytes.</summary>
    Receiving,

    /// <summary>Waiting before a retry.</summary>
    Retrying,

    /// <summary>Getting a fresh token.</summary>
    RefreshingToken,

    /// <summary>The server ignored the range; the download restarted at byte 0.</summary>
    Restarted,

    /// <summary>Making the file visible under its name.</summary>
    Committing,

    /// <summary>Done: <see cref="DownloadProgress.Result"/> is set.</summary>
    Completed,
}
