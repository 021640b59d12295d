namespace Lark.Emulator.Fixtures;

/// <summary>What <see cref="LargeChat.AddTo"/> generated.</summary>
/// <param name="ChatId">The chat's id.</param>
/// <param name="Messages">Messages in it, thread replies included.</param>
/// <param name="TopLevelMessages">Messages a chat listing shows (thread replies are listed by their thread).</param>
/// <param name="Threads">Threads (each a root and three replies, or fewer at the end).</param>
/// <param name="Resources">Downloadable resources.</param>
/// <param name="TotalResourceBytes">Their total size; none of it is held in memory.</param>
/// <param name="SmallestResourceBytes">The smallest (0 without resources).</param>
/// <param name="LargestResourceBytes">The largest (0 without resources).</param>
public sealed record LargeChatInfo(
    string ChatId, int Messages, int TopLevelMessages, int Threads, int Resources,
    long TotalResourceBytes, long SmallestResourceBytes, long LargestResourceBytes);
