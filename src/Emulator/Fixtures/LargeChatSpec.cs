using System.Globalization;

namespace Lark.Emulator.Fixtures;

/// <summary>
/// How big a generated chat is: <c>MESSAGES[:RESOURCES]</c>, e.g. <c>5000:300</c>. Without <c>RESOURCES</c> one message
/// in ten carries one (a media message carries two: the video and its cover).
/// </summary>
/// <param name="Messages">Messages in the chat, thread replies included: 1 to <see cref="MaxMessages"/>.</param>
/// <param name="Resources">Downloadable resources: 0 to <paramref name="Messages"/>.</param>
public sealed record LargeChatSpec(int Messages, int Resources)
{
    /// <summary>The most messages a generated chat holds (the fixture lives in memory; its bytes do not).</summary>
    public const int MaxMessages = 200_000;

    /// <summary>Reads <c>MESSAGES[:RESOURCES]</c>; the error says what is wrong.</summary>
    public static bool TryParse(string? text, out LargeChatSpec? spec, out string? error)
    {
        spec = null;
        var parts = (text ?? "").Split(':');
        if (parts.Length > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var messages)
            || messages is < 1 or > MaxMessages)
        {
            error = $"MESSAGES must be 1-{MaxMessages}, written MESSAGES or MESSAGES:RESOURCES";
            return false;
        }

        var resources = messages / 10;
        if (parts.Length == 2
            && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out resources) || resources > messages))
        {
            error = "RESOURCES must be 0-MESSAGES";
            return false;
        }

        spec = new LargeChatSpec(messages, resources);
        error = null;
        return true;
    }
}
