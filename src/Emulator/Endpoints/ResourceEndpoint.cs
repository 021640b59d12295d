using System.Globalization;
using Lark.Emulator.Content;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>GET /open-apis/im/v1/messages/{message_id}/resources/{file_key}?type=image|file</c>.
/// Check order: token, rate limit, app scope, user scope, <c>type</c> value, message exists (234003 for an id that
/// names no message, 230110 recalled), chat (234004 bot not in it, 234002 user not in it, 234009 external, 234038
/// restricted) and visibility, key belongs to the message, message type downloadable, <c>type</c> matches, the
/// resource's configured error, its size (234037 over <see cref="FixtureResource.MaxSize"/>), then faults, then the
/// bytes.
/// </summary>
internal static class ResourceEndpoint
{
    private static readonly HashSet<string> Undownloadable = new(StringComparer.Ordinal) { "sticker", "folder", "interactive" };

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet(
            "/open-apis/im/v1/messages/{messageId}/resources/{fileKey}",
            (HttpContext context, string messageId, string fileKey) => Serve(context, state, messageId, fileKey));

    private static async Task Serve(HttpContext context, EmulatorState state, string messageId, string fileKey)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        var typeText = context.Request.Query["type"].ToString();
        ResourceType? asked = typeText switch { "image" => ResourceType.Image, "file" => ResourceType.File, _ => null };
        if (asked is null)
        {
            await Responses.LarkError(context, LarkError.InvalidParameter, "Invalid request param: type must be image or file.");
            return;
        }

        // Only a recalled message is 230110 ("deleted"). What Lark answers for an id that names no message is not on
        // the public record; the emulator says what it can prove, that the key is in no message of that id (234003),
        // and never that a message which never existed was deleted.
        if (!state.Index.Messages.TryGetValue(messageId, out var message))
        {
            await Responses.LarkError(context, LarkError.KeyNotInMessage);
            return;
        }

        if (message.Deleted)
        {
            await Responses.LarkError(context, LarkError.MessageDeleted);
            return;
        }

        if (ChatError(caller, state.Index, message) is { } chatError)
        {
            await Responses.LarkError(context, chatError);
            return;
        }

        var resource = state.Index.FindResource(message, fileKey);
        var owner = resource is null ? message : state.Index.Messages.GetValueOrDefault(resource.MessageId) ?? message;
        if (resource is null && !FixtureIndex.ContentMentions(message, fileKey))
        {
            await Responses.LarkError(context, LarkError.KeyNotInMessage);
            return;
        }

        if (Undownloadable.Contains(owner.MsgType))
        {
            await Responses.LarkError(context, LarkError.UnsupportedType);
            return;
        }

        if (resource is null)
        {
            // Named in the content but the fixture has no bytes for it: nothing to serve under this message.
            await Responses.LarkError(context, LarkError.KeyNotInMessage);
            return;
        }

        if (resource.Type != asked)
        {
            await Responses.LarkError(context, LarkError.InvalidParameter, "Invalid request param: type does not match the resource.");
            return;
        }

        if (resource.ErrorCode is { } configured)
        {
            await Responses.LarkError(context, configured);
            return;
        }

        // Lark refuses the download itself, whatever range is asked; a fault never hides it.
        var source = ResourceSource.For(resource);
        if (source.Length > FixtureResource.MaxSize)
        {
            await Responses.LarkError(context, LarkError.FileTooLarge);
            return;
        }

        await SendAsync(context, state, resource, source);
    }

    private static int? ChatError(Auth.Caller caller, FixtureIndex index, FixtureMessage message)
    {
        var chat = index.Chats.GetValueOrDefault(message.ChatId);
        if (chat is not null)
        {
            if (!caller.IsUser && !chat.BotIsMember)
            {
                return LarkError.BotNotInChat;
            }

            // A user outside the chat has no access to it (234002, HTTP 401).
            if (caller.IsUser && !FixtureIndex.IsMember(chat, caller.UserOpenId!))
            {
                return LarkError.NoAccess;
            }

            if (chat.External)
            {
                return LarkError.ExternalChat;
            }

            if (chat.Restricted)
            {
                return LarkError.RestrictedChat;
            }
        }

        return message.Visible ? null : LarkError.Invisible;
    }

    private static async Task SendAsync(HttpContext context, EmulatorState state, FixtureResource resource, ResourceSource source)
    {
        var total = source.Length;
        var rangeHeader = context.Request.Headers.Range.ToString();
        var range = ByteRange.Parse(rangeHeader, total);
        var response = context.Response;

        if (range.Kind == ByteRangeKind.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{total}";
            response.ContentLength = 0;
            return;
        }

        var fault = state.Faults.Take(new FaultRequest(context.Request.Path.Value ?? "", resource.FileKey, range.Kind == ByteRangeKind.Satisfiable));
        if (fault?.Kind == FaultKind.Status)
        {
            await FaultResponses.StatusAsync(context, fault);
            return;
        }

        // What is sent: [first, first + length) of the resource, said to be `claimed` in Content-Range.
        var isPartial = range.Kind == ByteRangeKind.Satisfiable && fault?.Kind != FaultKind.IgnoreRange;
        long first = isPartial ? range.First : 0;
        long length = isPartial ? range.Length : total;
        long extra = 0;
        long claimedTotal = total;
        switch (fault?.Kind)
        {
            case FaultKind.ShiftRange:
                first = Math.Clamp(first + fault.Bytes, 0, Math.Max(0, total - 1));
                length = Math.Min(length, total - first);
                break;
            case FaultKind.ShortRange:
                length = Math.Max(1, length - fault.Bytes);
                break;
            case FaultKind.LongBody:
                extra = Math.Max(0, fault.Bytes);
                break;
            case FaultKind.WrongTotal:
                claimedTotal = total + fault.Bytes;
                break;
        }

        response.StatusCode = isPartial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        response.ContentType = resource.ContentType;
        if (resource.FileName is { } name)
        {
            // Lark sends the raw UTF-8 name in a quoted string, not RFC 8187; Kestrel's header encoding
            // selector is set to UTF-8 so these bytes go out as they are.
            response.Headers.ContentDisposition = $"attachment; filename=\"{Quote(name)}\"";
        }

        if (isPartial)
        {
            response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {first}-{first + length - 1}/{claimedTotal}");
        }

        if (fault?.Kind == FaultKind.EncodedBody)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        if (extra == 0)
        {
            // A longer-than-declared body must go without Content-Length (chunked), or Kestrel refuses it.
            response.ContentLength = length;
        }

        var time = state.Time;
        var bandwidth = state.Faults.BandwidthBytesPerSecond;
        var ct = context.RequestAborted;
        switch (fault?.Kind)
        {
            case FaultKind.DropConnection:
                await FaultResponses.DropAfterAsync(context, source, first, Math.Clamp(fault.Bytes, 0, length), bandwidth, time);
                return;
            case FaultKind.Stall:
                await FaultResponses.StallAsync(context, time);
                return;
            default:
                await BodyWriter.WriteAsync(response.Body, source, first, length + extra, bandwidth, time, ct);
                return;
        }
    }

    // Quoted-string escaping (RFC 9110 §5.6.4) for the two characters that would end or break it.
    private static string Quote(string name) => name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
