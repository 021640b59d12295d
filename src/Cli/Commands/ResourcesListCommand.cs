using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Hosting;
using Lark.Cli.Mcp;
using Lark.Cli.Output;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;

namespace Lark.Cli.Commands;

/// <summary>
/// <c>lark-cli im +messages-resources-list</c>: what the MCP tool <c>list_message_resources</c> answers, on the command
/// line, so a person finds the keys <c>+messages-resources-download</c> asks for.
/// </summary>
public static class ResourcesListCommand
{
    /// <summary>The command's name, in the official CLI's <c>+messages-resources-…</c> family.</summary>
    public const string Name = "+messages-resources-list";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var messageId = new Option<string>("--message-id") { Description = "Message ID (om_xxx format): its images and files, and those of the messages inside a merge-forward.", Required = true, HelpName = "om_…" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the request that would be sent, and send nothing. Needs no credentials." };
        var command = new Command(Name, """
            List the images, files, audio and videos of a message, each with the message_id, file_key and type that
            +messages-resources-download takes. A merge-forward's resources are listed with the merge-forward's own id
            (Lark refuses the inner message's id) and the inner message in sub_message_id. Stickers, folders and cards
            are listed under not_downloadable with the reason. The same answer as the MCP tool list_message_resources.

            Examples:
              lark-cli im +messages-resources-list --message-id om_xxx
              lark-cli im +messages-resources-list --message-id om_xxx -q '.data.resources[] | .file_key'
            """)
        {
            messageId, dryRun,
        };
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        command.SetAction((parsed, cancellationToken) => RunAsync(host, globals, parsed, parsed.GetValue(messageId)!, parsed.GetValue(dryRun), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, GlobalOptions globals, ParseResult parsed, string messageId, bool dryRun, CancellationToken cancellationToken)
    {
        // Everything that can be refused is refused before any request.
        var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
        var id = Valid(MessageId.Parse(messageId));
        var settings = await CommandClient.SettingsAsync(host, globals, parsed);
        if (dryRun)
        {
            Envelope.Write(host.Out, DryRun(id, settings.Identity), jq);
            return 0;
        }

        using var client = CommandClient.Create(settings, host);
        ResourceListing listing;
        try
        {
            listing = await new MessageResources(client).ListAsync(id.Value, cancellationToken);
        }
        catch (LarkException e)
        {
            throw new CliFailureException(CliFailure.From(e), settings.Identity);
        }

        Envelope.Write(host.Out, Envelope.Success(settings.Identity, ResourceListingJson.Of(listing)), jq);
        return 0;
    }

    // As the listings' dry run: the official shape, nothing sent.
    private static JsonObject DryRun(MessageId id, string identity) => new()
    {
        ["ok"] = true,
        ["identity"] = identity,
        ["dry_run"] = true,
        ["data"] = new JsonObject
        {
            ["api"] = new JsonArray(new JsonObject
            {
                ["method"] = "GET",
                ["url"] = $"/open-apis/im/v1/messages/{Uri.EscapeDataString(id.Value)}",
            }),
            ["message_id"] = id.Value,
        },
    };

    private static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new CliFailureException(CliFailure.From(failure, CliVocabulary.Instance));
}
