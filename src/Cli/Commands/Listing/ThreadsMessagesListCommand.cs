using System.CommandLine;
using Lark.Cli.Hosting;
using Lark.Resources.Rules.Conversations;

namespace Lark.Cli.Commands.Listing;

/// <summary><c>lark-cli im +threads-messages-list</c>: a thread's messages, as the official command lists them.</summary>
public static class ThreadsMessagesListCommand
{
    /// <summary>The command's name, as the official CLI spells it.</summary>
    public const string Name = "+threads-messages-list";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var thread = new Option<string>("--thread", "--thread-id") { Description = "The thread (omt_…), or a message in it (om_…).", Required = true, HelpName = "omt_…|om_…" };
        var flags = new ListingFlags("asc", pageSizeAlias: false, paging: true);
        var command = new Command(Name, """
            List a thread's messages, oldest first, as readable text with senders, times and reactions.
            --download-resources saves every image and file in them into ./lark-im-resources/.

            Examples:
              lark-cli im +threads-messages-list --thread omt_xxx
              lark-cli im +threads-messages-list --thread om_xxx --page-all --format pretty
            """)
        {
            thread,
        };
        flags.AddTo(command);
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        // The official order of checks: identity, the enum flags, --format/--jq, the thread, page size, paging.
        Listing.SetAction(command, async (parsed, cancellationToken) =>
        {
            var settings = await CommandClient.SettingsAsync(host, globals, parsed);
            var order = ListingParse.Order(parsed.GetValue(flags.Order));
            var output = Listing.Output(host, globals, parsed, flags);
            var (id, byMessage) = ListingParse.Thread(parsed.GetValue(thread));
            var query = new MessageListQuery
            {
                Container = Container.Thread,
                ContainerId = id,
                Order = order,
                PageSize = ListingParse.PageSize(parsed.GetValue(flags.PageSize)),
            };
            var options = Listing.Options(parsed, flags, output, Listing.Paging(parsed, flags));
            ListingParse.Valid(query.Validate());
            return await new ListingRun(host, settings, new ListingSource.Thread(query, byMessage), options).RunAsync(cancellationToken);
        });
        return command;
    }
}
