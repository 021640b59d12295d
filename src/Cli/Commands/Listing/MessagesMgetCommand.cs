using System.CommandLine;
using Lark.Cli.Hosting;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Shell.Messages;

namespace Lark.Cli.Commands.Listing;

/// <summary><c>lark-cli im +messages-mget</c>: messages by id, as the official command lists them.</summary>
public static class MessagesMgetCommand
{
    /// <summary>The command's name, as the official CLI spells it.</summary>
    public const string Name = "+messages-mget";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var ids = new Option<string>("--message-ids", "--message-id") { Description = "Message ids, comma-separated (om_a,om_b; at most 50).", Required = true, HelpName = "om_…,om_…" };
        var flags = new ListingFlags("asc", pageSizeAlias: false, paging: false);
        var command = new Command(Name, """
            Read up to 50 messages by id, as readable text with senders, times, thread replies and reactions.
            --download-resources saves every image and file in them into ./lark-im-resources/.

            Examples:
              lark-cli im +messages-mget --message-ids om_aaa,om_bbb
              lark-cli im +messages-mget --message-ids om_aaa --download-resources -q '.data.messages[].resources'
            """)
        {
            ids,
        };
        flags.AddTo(command);
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        Listing.SetAction(command, async (parsed, cancellationToken) =>
        {
            var settings = await CommandClient.SettingsAsync(host, globals, parsed);
            var output = Listing.Output(host, globals, parsed, flags);
            var messageIds = Parse(parsed.GetValue(ids));
            var options = Listing.Options(parsed, flags, output, (1, TimeSpan.Zero));
            return await new ListingRun(host, settings, new ListingSource.Messages(messageIds), options).RunAsync(cancellationToken);
        });
        return command;
    }

    // Split on commas, trimmed, empties dropped, not de-duplicated; checked before any request.
    private static IReadOnlyList<MessageId> Parse(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            throw ListingParse.Invalid("--message-ids is required (comma-separated om_xxx)", "Pass --message-ids om_a,om_b.", "--message-ids");
        if (parts.Length > ConversationReader.MaxIdsPerCall)
            throw ListingParse.Invalid($"--message-ids supports at most {ConversationReader.MaxIdsPerCall} IDs per request (got {parts.Length})", "Split the ids over several calls, or export the chat with im +messages-export.", "--message-ids");
        return [.. parts.Select(ListingParse.MessageId)];
    }
}
