namespace Lark.Resources.Rules.Errors;

/// <summary>
/// An input a caller gives the library, named for what it is. A failure names the offending input by this id;
/// each front end words it its own way (the CLI as a flag, the MCP server as a tool argument, the library as a
/// property).
/// </summary>
public enum InputField
{
    /// <summary>A message id (<c>om_…</c>).</summary>
    MessageId,

    /// <summary>A resource key (<c>img_…</c>, <c>file_…</c>).</summary>
    FileKey,

    /// <summary>The resource type, <c>image</c> or <c>file</c>.</summary>
    ResourceType,

    /// <summary>Where to save one file, relative to the directory.</summary>
    Output,

    /// <summary>Whether an existing target may be replaced.</summary>
    Overwrite,

    /// <summary>The directory relative paths start from.</summary>
    Directory,

    /// <summary>How many ranges of one file are fetched at once.</summary>
    Concurrency,

    /// <summary>Probe and chunk sizes.</summary>
    ChunkPlan,

    /// <summary>A chat id (<c>oc_…</c>).</summary>
    ChatId,

    /// <summary>A thread id (<c>omt_…</c>), or a message id in the thread.</summary>
    ThreadId,

    /// <summary>A list of message ids.</summary>
    MessageIds,

    /// <summary>A user's open id (<c>ou_…</c>), for the p2p chat with them.</summary>
    UserId,

    /// <summary>The start of a time window.</summary>
    Start,

    /// <summary>The end of a time window.</summary>
    End,

    /// <summary>The sort order.</summary>
    Order,

    /// <summary>Messages per page.</summary>
    PageSize,

    /// <summary>Where a listing continues.</summary>
    PageToken,

    /// <summary>How many pages a listing reads at most.</summary>
    PageLimit,

    /// <summary>How long to wait between pages.</summary>
    PageDelay,

    /// <summary>How many resources download at once.</summary>
    ResourceConcurrency,

    /// <summary>The directory an export or a batch of downloads is written to.</summary>
    OutputDirectory,

    /// <summary>The identity to act as (user or bot).</summary>
    Identity,

    /// <summary>The app id (<c>cli_…</c>).</summary>
    AppId,

    /// <summary>The app secret.</summary>
    AppSecret,

    /// <summary>The deployment (<c>feishu</c> or <c>lark</c>).</summary>
    Brand,

    /// <summary>The Open API base URL.</summary>
    OpenBaseUrl,

    /// <summary>The accounts (OAuth) base URL.</summary>
    AccountsBaseUrl,
}
