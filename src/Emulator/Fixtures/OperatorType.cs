namespace Lark.Emulator.Fixtures;

/// <summary>Who added a reaction: <c>user</c> or <c>app</c>.</summary>
public enum OperatorType
{
    /// <summary>A user; <see cref="FixtureReaction.OperatorId"/> is an open id.</summary>
    User,

    /// <summary>An app (bot); <see cref="FixtureReaction.OperatorId"/> is an app id.</summary>
    App,
}
