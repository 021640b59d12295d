using System.CommandLine;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Commands.Listing;

/// <summary><c>lark-cli im +chat-messages-list</c>: a chat's messages, as the official command lists them.</summary>
public static class ChatMessagesListCommand
{
    /// <summary>The command's name, as the official CLI spells it.</summary>
    public const string Name = "+chat-messages-list";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var chatId = new Option<string?>("--chat-id") { Description = "The chat (oc_…).", HelpName = "oc_…" };
        var userId = new Option<string?>("--user-id") { Description = "A user (ou_…): lists your p2p chat with them (user identity only).", HelpName = "ou_…" };
        var start = new Option<string?>("--start", "--start-time") { Description = "From this time: ISO 8601 (2026-01-01, 2026-01-01T15:04:05+08:00; local time when no zone) or Unix seconds.", HelpName = "time" };
        var end = new Option<string?>("--end", "--end-time") { Description = "Until this time (a date alone means the end of that day).", HelpName = "time" };
        var flags = new ListingFlags("desc", pageSizeAlias: true, paging: true);
        var command = new Command(Name, """
            List a chat's messages, newest first, as readable text with senders, times, thread replies and reactions.
            --download-resources saves every image and file in them into ./lark-im-resources/, each once, verified and
            resumable; a rerun sends no request for what is saved.

            Examples:
              lark-cli im +chat-messages-list --chat-id oc_xxx --page-size 20
              lark-cli im +chat-messages-list --chat-id oc_xxx --start 2026-11-01 --page-all --format ndjson
              lark-cli im +chat-messages-list --chat-id oc_xxx --page-all --download-resources -q '.meta.resources'
            """)
        {
            chatId, userId, start, end,
        };
        flags.AddTo(command);
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        // The official order of checks: identity, the enum flags, --format/--jq, then the command's own (ids, paging,
        // page size, window), all before any request.
        Listing.SetAction(command, async (parsed, cancellationToken) =>
        {
            var settings = await CommandClient.SettingsAsync(host, globals, parsed);
            var order = ListingParse.Order(parsed.GetValue(flags.Order));
            var output = Listing.Output(host, globals, parsed, flags);
            var (chat, user) = Target(settings, parsed.GetValue(chatId), parsed.GetValue(userId));
            var paging = Listing.Paging(parsed, flags);
            var query = new MessageListQuery
            {
                Container = Container.Chat,
                ContainerId = chat ?? "",
                Order = order,
                PageSize = ListingParse.PageSize(parsed.GetValue(flags.PageSize)),
                StartSeconds = ListingParse.Time(parsed.GetValue(start), InputField.Start, isEnd: false, host.Time.LocalTimeZone),
                EndSeconds = ListingParse.Time(parsed.GetValue(end), InputField.End, isEnd: true, host.Time.LocalTimeZone),
                OnlyThreadRoots = true,
            };
            var options = Listing.Options(parsed, flags, output, paging);
            ListingParse.Valid(query.Validate());
            return await new ListingRun(host, settings, new ListingSource.Chat(query, user), options).RunAsync(cancellationToken);
        });
        return command;
    }

    // The official rules: a bot lists by chat id only; a user by exactly one of chat id and user id.
    private static (string? Chat, string? User) Target(CliSettings settings, string? chatId, string? userId)
    {
        var hasChat = !string.IsNullOrWhiteSpace(chatId);
        var hasUser = !string.IsNullOrWhiteSpace(userId);
        if (settings.Identity != IdentityNames.User)
        {
            if (hasUser)
                throw ListingParse.Invalid("--user-id requires user identity (--as user); use --chat-id when calling with bot identity", "Use --chat-id, or --as user.", "--user-id");
            if (!hasChat)
                throw ListingParse.Invalid("specify --chat-id (bot identity does not support --user-id)", "Pass --chat-id oc_….", "--chat-id");
        }
        else if (!hasChat && !hasUser)
        {
            throw ListingParse.Invalid("specify at least one of --chat-id or --user-id", "Pass --chat-id oc_… or --user-id ou_….");
        }
        else if (hasChat && hasUser)
        {
            throw ListingParse.Invalid("--chat-id and --user-id are mutually exclusive", "Pass one of them.", "--chat-id");
        }

        return hasChat ? (ListingParse.ChatId(chatId), null) : (null, ListingParse.UserId(userId));
    }
}
