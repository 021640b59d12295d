namespace Lark.Emulator.Fixtures;

/// <summary>An emoji reaction on a message, as <c>messages/reactions/batch_query</c> reports it.</summary>
public sealed class FixtureReaction
{
    /// <summary>Lark's emoji type, e.g. <c>THUMBSUP</c>, <c>SMILE</c>, <c>OK</c>.</summary>
    public required string EmojiType { get; init; }

    /// <summary>The user's open id, or the app id when <see cref="OperatorType"/> is <see cref="Fixtures.OperatorType.App"/>.</summary>
    public required string OperatorId { get; init; }

    /// <summary>User or app.</summary>
    public OperatorType OperatorType { get; init; } = OperatorType.User;

    /// <summary>When it was added, Unix milliseconds; <see langword="null"/> means one minute after the message.</summary>
    public long? ActionTime { get; init; }

    /// <summary>The reaction's id; <see langword="null"/> derives a stable one from the message and the position.</summary>
    public string? ReactionId { get; init; }
}
