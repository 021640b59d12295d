using System.Globalization;
using System.Text;
using System.Text.Json;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// The <c>message_app_link</c> the official CLI builds when the server sends none: a thread link from the thread, chat
/// and thread position, else a chat link from the chat and message position, on the brand's applink host.
/// </summary>
internal static class AppLink
{
    /// <summary>The link, or <see langword="null"/> when the message lacks what it needs.</summary>
    public static string? Build(LarkMessage message, LarkBrand brand)
    {
        var host = brand == LarkBrand.Lark ? "applink.larksuite.com" : "applink.feishu.cn";
        var chat = message.ChatId ?? "";
        var thread = message.ThreadId ?? "";
        if (thread.Length > 0 && chat.Length > 0 && Position(message.ThreadMessagePosition) is { } threadPosition)
        {
            // Both key spellings, for desktop and mobile clients; keys sorted as Go's url.Values encodes them.
            return $"https://{host}/client/thread/open?open_chat_id={Escape(chat)}&open_thread_id={Escape(thread)}&openchatid={Escape(chat)}&openthreadid={Escape(thread)}&thread_position={Escape(threadPosition)}";
        }

        if (chat.Length > 0 && Position(message.MessagePosition) is { } position)
            return $"https://{host}/client/chat/open?openChatId={Escape(chat)}&position={Escape(position)}";
        return null;
    }

    // A number or a numeric string: whole numbers as integers, others in shortest decimal form.
    private static string? Position(string? json)
    {
        using var document = GoJson.Parse(json);
        if (document is null)
            return null;
        var value = document.RootElement;
        double number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetDouble(out number))
                return null;
        }
        else if (value.ValueKind == JsonValueKind.String && (JsonText.Of(value) ?? "").Trim() is { Length: > 0 } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                return null;
        }
        else
        {
            return null;
        }

        if (!double.IsFinite(number))
            return null;
        return Math.Truncate(number) == number ? GoText.Truncate(number).ToString(CultureInfo.InvariantCulture) : GoText.Fixed(number);
    }

    // Go's url.QueryEscape: unreserved characters stay, a space is '+', every other UTF-8 byte is %XX.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                escaped.Append((char)b);
            else if (b == (byte)' ')
                escaped.Append('+');
            else
                escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return escaped.ToString();
    }
}
