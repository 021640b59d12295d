namespace Lark.Resources.Rules.Download;

/// <summary>Where the machine is.</summary>
internal enum DownloadPhase
{
    /// <summary>A request is out; headers are awaited.</summary>
    Requesting,

    /// <summary>A validated body is streaming.</summary>
    Receiving,

    /// <summary>Waiting before a retry.</summary>
    Waiting,

    /// <summary>A token is being refreshed.</summary>
    Refreshing,

    /// <summary>Every byte is verified.</summary>
    Done,

    /// <summary>Gave up.</summary>
    Failed,
}
