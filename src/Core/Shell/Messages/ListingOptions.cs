using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Shell.Messages;

/// <summary>How messages are turned into the official listed objects.</summary>
public sealed record ListingOptions
{
    /// <summary>The time zone times are shown in (the official CLI shows local time).</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;

    /// <summary>Read each message's reactions (20 messages per call).</summary>
    public bool Reactions { get; init; } = true;

    /// <summary>Attach each thread's replies to its root (chat listings and messages by id do; thread listings do not).</summary>
    public bool ThreadReplies { get; init; }

    /// <summary>Replies attached per thread at most.</summary>
    public int RepliesPerThread { get; init; } = 50;

    /// <summary>Replies attached in all at most, across every page of a listing.</summary>
    public int RepliesInAll { get; init; } = 500;

    /// <summary>List each message's downloadable resources (as pending entries, to be downloaded by the caller).</summary>
    public bool Resources { get; init; }

    /// <summary>The deployment, to build a message's app link when the server sent none.</summary>
    public LarkBrand? Brand { get; init; }
}
