namespace Lark.Emulator.Fixtures;

/// <summary>
/// An @-mention in a message. The content names it by <see cref="Key"/> (<c>"text":"@_user_1 hi"</c>); the item's
/// <c>mentions</c> array tells who it is.
/// </summary>
public sealed class FixtureMention
{
    /// <summary>The placeholder in the content, <c>@_user_1</c>, <c>@_user_2</c>, …</summary>
    public required string Key { get; init; }

    /// <summary>The open id of the user mentioned (a bot's open id for a bot).</summary>
    public required string Id { get; init; }

    /// <summary>The display name sent with the mention.</summary>
    public string Name { get; init; } = "";
}
