using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli im +messages-resources-download</c>: the official command, with resume, validation and progress.</summary>
public static class DownloadCommand
{
    /// <summary>The command's name, exactly as the official CLI spells it.</summary>
    public const string Name = "+messages-resources-download";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var messageId = new Option<string>("--message-id") { Description = "Message ID (om_xxx format), from the message list.", Required = true, HelpName = "om_…" };
        var fileKey = new Option<string>("--file-key") { Description = "Resource key from the message content: image_key (img_xxx) or file_key (file_xxx).", Required = true, HelpName = "key" };
        var type = new Option<string>("--type") { Description = "Resource type: image (img_ keys) or file (files, audio and video: file_ keys).", Required = true, HelpName = "image|file" };
        var output = new Option<string?>("--output") { Description = "Output path, relative to the working directory (no absolute paths, no .. escapes, no links leading outside). Default: the server's file name, else the file key; an extension is added from Content-Type when the name has none.", HelpName = "path" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the request that would be sent, and send nothing. Needs no credentials." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing file at the target. Without it an existing file is never touched." };
        var concurrency = new Option<int>("--concurrency") { Description = "Ranges to download at once over separate connections (1 = the official sequential plan).", DefaultValueFactory = _ => 1, HelpName = "n" };

        var command = new Command(Name, """
            Download an image or file resource from a message. Large files are fetched with HTTP Range requests (a
            128 KiB probe, then 8 MiB chunks, as the official CLI does); every answer is checked against the range
            asked for, a broken connection resumes from the last verified byte, and an interrupted download resumes on
            the next run. The file appears under its name only when every byte is verified; an existing file is never
            replaced without --overwrite.

            Example:
              lark-cli im +messages-resources-download --message-id om_xxx --file-key file_v3_xxx --type file -q .data.saved_path
            """)
        {
            messageId, fileKey, type, output, dryRun, overwrite, concurrency,
        };
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        command.SetAction((parsed, cancellationToken) => RunAsync(host, globals, parsed, new Inputs(
            parsed.GetValue(messageId)!, parsed.GetValue(fileKey)!, parsed.GetValue(type)!, parsed.GetValue(output),
            parsed.GetValue(dryRun), parsed.GetValue(overwrite), parsed.GetValue(concurrency)), cancellationToken));
        return command;
    }

    private sealed record Inputs(string MessageId, string FileKey, string Type, string? Output, bool DryRun, bool Overwrite, int Concurrency);

    private static async Task<int> RunAsync(CliHost host, GlobalOptions globals, ParseResult parsed, Inputs inputs, CancellationToken cancellationToken)
    {
        // Everything that can be refused is refused before any request.
        var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
        var parsedRequest = Valid(DownloadRequest.Parse(inputs.MessageId, inputs.FileKey, inputs.Type, inputs.Output));
        var request = Valid((parsedRequest with { Overwrite = inputs.Overwrite, Directory = host.WorkingDirectory, Concurrency = inputs.Concurrency }).Validate());
        var settings = await CommandClient.SettingsAsync(host, globals, parsed);
        if (inputs.DryRun)
        {
            Envelope.Write(host.Out, DryRun(request, settings.Identity), jq);
            return 0;
        }

        using var client = CommandClient.Create(settings, host);
        await using var display = ProgressDisplay.Start(host);
        var progress = new DownloadProgressFeed(display, display.Add(inputs.Output ?? request.FileKey.Value), settings.OpenBase.Authority);
        DownloadResult result;
        try
        {
            result = await client.DownloadAsync(request, progress, cancellationToken);
        }
        catch (LarkException e)
        {
            await display.StopAsync();
            throw new CliFailureException(CliFailure.From(e), settings.Identity);
        }

        // Nothing is drawn on stderr once the result is on stdout.
        await display.StopAsync();
        if (Envelope.TryWrite(host.Out, Envelope.Success(settings.Identity, DownloadResultJson.From(result, request.MessageId, request.FileKey, request.Type)), jq) is { } jqError)
        {
            // The file is saved: a filter that fails on the result must not hide that, nor where it went.
            throw new CliFailureException(CliFailure.Validation(
                $"the download succeeded (saved_path {result.SavedPath}, size_bytes {result.SizeBytes}), but --jq failed on the result: {jqError}",
                $"The file was saved at {result.SavedPath}; fix the --jq expression (the result is {{\"ok\",\"identity\",\"data\":{{\"saved_path\",\"size_bytes\",…}}}}). Running the command again now needs --overwrite, as the file exists.",
                "--jq"),
                settings.Identity);
        }

        return 0;
    }

    private static JsonObject DryRun(DownloadRequest request, string identity) => new()
    {
        ["api"] = new JsonArray(new JsonObject
        {
            ["method"] = "GET",
            ["url"] = $"/open-apis/im/v1/messages/{request.MessageId.Value}/resources/{request.FileKey.Value}",
            ["params"] = new JsonObject { ["type"] = request.Type.ToWire() },
        }),
        ["message_id"] = request.MessageId.Value,
        ["file_key"] = request.FileKey.Value,
        ["type"] = request.Type.ToWire(),
        ["output"] = request.Output?.Text,
        ["identity"] = identity,
        ["range"] = request.Type == ResourceType.File ? RangeHeader.Format(ChunkPlan.Probe(ChunkPlanOptions.Default).Value) : null,
    };

    private static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new CliFailureException(CliFailure.From(failure, CliVocabulary.Instance));
}
