namespace Lark.Resources.Export.Rules;

/// <summary>Where a resource of an export stands.</summary>
public enum ResourceStatus
{
    /// <summary>Known, not downloaded yet.</summary>
    Pending,

    /// <summary>Downloaded and verified.</summary>
    Ok,

    /// <summary>The download failed; the next run tries again.</summary>
    Failed,
}
