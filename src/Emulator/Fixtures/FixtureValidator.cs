using Lark.Emulator.Faults;

namespace Lark.Emulator.Fixtures;

/// <summary>
/// Finds what would make a fixture crash the emulator or be served wrongly without a word: duplicate ids and keys,
/// dangling message references, undefined enum values, impossible numbers. Each problem names its entry.
/// </summary>
internal static class FixtureValidator
{
    public static IReadOnlyList<string> Problems(EmulatorFixture fixture)
    {
        var problems = new List<string>();
        Unique(problems, fixture.Apps, "apps", "appId", a => a.AppId);
        Unique(problems, fixture.Users, "users", "openId", u => u.OpenId);
        var chats = Unique(problems, fixture.Chats, "chats", "chatId", c => c.ChatId);
        var messages = Unique(problems, fixture.Messages, "messages", "messageId", m => m.MessageId);
        CheckMessages(problems, fixture.Messages, messages, chats);
        ConversationValidator.Check(problems, fixture);
        CheckResources(problems, fixture.Resources, messages);
        CheckFaults(problems, fixture.Faults);
        if (fixture.Network is { } network)
        {
            if (network.LatencyMs < 0)
            {
                problems.Add($"network: latencyMs {network.LatencyMs} is negative");
            }

            if (network.BandwidthBytesPerSecond < 0)
            {
                problems.Add($"network: bandwidthBytesPerSecond {network.BandwidthBytesPerSecond} is negative (0 means unlimited)");
            }
        }

        return problems;
    }

    // Returns the ids seen, each with its first position.
    private static Dictionary<string, int> Unique<T>(List<string> problems, IList<T>? items, string list, string field, Func<T, string?> id)
        where T : class
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        if (items is null)
        {
            problems.Add($"{list} is null (leave it out or use [])");
            return seen;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                problems.Add($"{list}[{i}] is null");
                continue;
            }

            var value = id(item);
            if (string.IsNullOrEmpty(value))
            {
                problems.Add($"{list}[{i}]: {field} is missing");
            }
            else if (!seen.TryAdd(value, i))
            {
                problems.Add($"{list}[{i}]: {field} \"{value}\" is also {list}[{seen[value]}]");
            }
        }

        return seen;
    }

    private static void CheckMessages(List<string> problems, IList<FixtureMessage>? messages, Dictionary<string, int> ids, Dictionary<string, int> chats)
    {
        for (var i = 0; i < (messages?.Count ?? 0); i++)
        {
            if (messages![i] is not { } m)
            {
                continue;
            }

            var entry = $"messages[{i}] (\"{m.MessageId}\")";
            if (string.IsNullOrEmpty(m.ChatId))
            {
                problems.Add($"{entry}: chatId is missing");
            }
            else if (!chats.ContainsKey(m.ChatId))
            {
                // Access checks (bot membership, restricted, external) need the chat.
                problems.Add($"{entry}: chatId \"{m.ChatId}\" names no chat");
            }

            if (string.IsNullOrEmpty(m.MsgType))
            {
                problems.Add($"{entry}: msgType is missing");
            }

            if (m.UpperMessageId is { } upper && (upper == m.MessageId || !ids.ContainsKey(upper)))
            {
                problems.Add($"{entry}: upperMessageId \"{upper}\" names no other message");
            }
        }
    }

    private static void CheckResources(List<string> problems, IList<FixtureResource>? resources, Dictionary<string, int> messages)
    {
        if (resources is null)
        {
            problems.Add("resources is null (leave it out or use [])");
            return;
        }

        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i] is not { } r)
            {
                problems.Add($"resources[{i}] is null");
                continue;
            }

            var entry = $"resources[{i}] (\"{r.FileKey}\")";
            if (string.IsNullOrEmpty(r.FileKey))
            {
                problems.Add($"{entry}: fileKey is missing");
            }

            if (string.IsNullOrEmpty(r.MessageId) || !messages.ContainsKey(r.MessageId))
            {
                problems.Add($"{entry}: messageId \"{r.MessageId}\" names no message");
            }
            else if (!string.IsNullOrEmpty(r.FileKey) && !seen.TryAdd((r.MessageId, r.FileKey), i))
            {
                problems.Add($"{entry}: message \"{r.MessageId}\" already has this key at resources[{seen[(r.MessageId, r.FileKey)]}]");
            }

            if (!Enum.IsDefined(r.Type))
            {
                problems.Add($"{entry}: type {(int)r.Type} is not image or file");
            }

            if (r.Path is { } path && !File.Exists(path))
            {
                problems.Add($"{entry}: path \"{path}\" names no file");
            }

            var sources = (r.Path is null ? 0 : 1) + (r.Base64 is null ? 0 : 1) + (r.Seed is null ? 0 : 1);
            if (sources > 1)
            {
                problems.Add($"{entry}: give only one of path, base64 and seed");
            }

            if (r.Size < 0)
            {
                problems.Add($"{entry}: size {r.Size} is negative");
            }

            if (r.Base64 is { } base64 && !IsBase64(base64))
            {
                problems.Add($"{entry}: base64 is not valid base64");
            }
        }
    }

    private static void CheckFaults(List<string> problems, IList<FaultRule>? faults)
    {
        if (faults is null)
        {
            problems.Add("faults is null (leave it out or use [])");
            return;
        }

        for (var i = 0; i < faults.Count; i++)
        {
            if (faults[i] is not { } f)
            {
                problems.Add($"faults[{i}] is null");
                continue;
            }

            var entry = $"faults[{i}]";
            if (!Enum.IsDefined(f.Kind))
            {
                problems.Add($"{entry}: kind {(int)f.Kind} is not a fault kind");
            }

            if (f.Count < 0)
            {
                problems.Add($"{entry}: count {f.Count} is negative");
            }

            if (f.Kind == FaultKind.Status && f.StatusCode is < 100 or > 599)
            {
                problems.Add($"{entry}: statusCode {f.StatusCode} is not an HTTP status");
            }

            if (f.Page is < 1)
            {
                problems.Add($"{entry}: page {f.Page} is not a page number (the first page is 1)");
            }

            if ((f.Page is not null || f.PageToken is not null) && f.Path is null)
            {
                problems.Add($"{entry}: page and pageToken pick a listing page, so they need a path");
            }

            if (f.Path is { } path && !path.StartsWith('/'))
            {
                problems.Add($"{entry}: path \"{path}\" does not start with /");
            }
        }
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out _);
    }
}
