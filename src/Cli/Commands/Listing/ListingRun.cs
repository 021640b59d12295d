using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Cli.Output.Formats;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// Runs a listing command: resolves the chat or thread, reads pages (as far as the paging flags allow), turns each
/// page into the official message objects (merge-forwards, thread replies, reactions), downloads their resources
/// when asked, and prints in the chosen format — ndjson as each page is ready, the others at the end. Resources
/// download while the next pages are read; ndjson waits for a page's resources before printing it.
/// </summary>
internal sealed class ListingRun(CliHost host, CliSettings settings, ListingSource source, ListingRunOptions options)
{
    private readonly List<JsonObject> _messages = [];
    private readonly List<ListedMessage> _listed = [];
    private Pagination? _pagination;
    private MessagePage? _last;
    private string? _threadId;
    private ResourceDownloads? _downloads;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            var plan = ListingDryRun.Of(source, options, settings);
            if (options.Format == OutputFormat.Pretty)
                ListingDryRun.WritePretty(host.Out, host.Error, plan);
            else
                Write(plan);
            return 0;
        }

        try
        {
            return await ReadAsync(cancellationToken);
        }
        catch (LarkException e)
        {
            // A refusal after the identity was resolved names it in the envelope, as the official CLI does.
            throw new CliFailureException(CliFailure.From(e), settings.Identity);
        }
        catch (CliFailureException e) when (e.Identity is null)
        {
            throw new CliFailureException(e.Failure, settings.Identity);
        }
    }

    private async Task<int> ReadAsync(CancellationToken cancellationToken)
    {
        using var client = CommandClient.Create(settings, host);
        await using var display = options.Pages > 1 || options.DownloadResources ? ProgressDisplay.Start(host) : null;
        var reader = new ConversationReader(client);
        var listing = new MessageListing(client, new ListingOptions
        {
            Reactions = options.Reactions,
            ThreadReplies = source is not ListingSource.Thread,
            Resources = options.DownloadResources,
            Brand = settings.Brand,
            Zone = host.Time.LocalTimeZone,
        });
        await using var downloads = options.DownloadResources
            ? new ResourceDownloads(client, Path.Join(host.WorkingDirectory, ResourceDownloads.DirectoryName), options.ResourceConcurrency, host.Error, display)
            : null;
        _downloads = downloads;

        switch (source)
        {
            case ListingSource.Messages byId:
                await EmitAsync(listing, await reader.GetManyAsync(byId.Ids, cancellationToken), display, cancellationToken);
                break;
            case ListingSource.Chat chat:
                var chatId = chat.UserId is { } user ? await reader.P2pChatAsync(user, cancellationToken) : chat.Query.ContainerId;
                await PagesAsync(reader, listing, chat.Query with { ContainerId = chatId }, display, cancellationToken);
                break;
            case ListingSource.Thread thread:
                _threadId = thread.ByMessage
                    ? await reader.ThreadOfAsync(Resources.Rules.Identifiers.MessageId.Parse(thread.Query.ContainerId).Value, cancellationToken)
                    : thread.Query.ContainerId;
                await PagesAsync(reader, listing, thread.Query with { ContainerId = _threadId }, display, cancellationToken);
                break;
        }

        var listed = _downloads is not null && options.Format != OutputFormat.Ndjson ? await _downloads.CompleteAsync(_listed) : _listed;
        foreach (var message in listed)
            _messages.Add(ListedMessages.ToJson(message, CliVocabulary.Instance));
        if (display is not null)
            await display.StopAsync();
        Finish();
        return 0;
    }

    private async Task PagesAsync(ConversationReader reader, MessageListing listing, MessageListQuery query, ProgressDisplay? display, CancellationToken cancellationToken)
    {
        await foreach (var page in reader.ReadPagesAsync(query, options.PageToken, options.Pages, options.PageDelay, cancellationToken))
        {
            _last = page.Page;
            _pagination = page.Pagination;
            display?.Counters.Set("messages", page.Pagination.Items);
            await EmitAsync(listing, page.Page.Items, display, cancellationToken);
        }
    }

    private async Task EmitAsync(MessageListing listing, IReadOnlyList<LarkMessage> messages, ProgressDisplay? display, CancellationToken cancellationToken)
    {
        var batch = await listing.ListAsync(messages, cancellationToken);
        foreach (var warning in batch.Warnings)
        {
            if (display is null)
                host.Error.WriteLine($"warning: {warning.Code}: {warning.Message}");
            else
                display.Line($"warning: {warning.Code}: {warning.Message}");
        }

        _downloads?.Queue(batch.Messages, cancellationToken);
        if (options.Format != OutputFormat.Ndjson)
        {
            _listed.AddRange(batch.Messages);
            return;
        }

        var listed = _downloads is null ? batch.Messages : await _downloads.CompleteAsync(batch.Messages);
        foreach (var message in listed)
            NdjsonFormat.WriteLine(host.Out, ListedMessages.ToJson(message, CliVocabulary.Instance));
    }

    private void Finish()
    {
        switch (options.Format)
        {
            case OutputFormat.Ndjson:
                if (_pagination is { } pagination)
                    host.Error.WriteLine(NdjsonFormat.Diagnostic(pagination));
                break;
            case OutputFormat.Table:
                TableFormat.Write(host.Out, _messages);
                if (_pagination is { } tablePages)
                    host.Out.Write($"\n{PaginationSummary.Of(tablePages)}\n");
                break;
            case OutputFormat.Csv:
                CsvFormat.Write(host.Out, _messages);
                if (_pagination is { } csvPages)
                    host.Error.WriteLine(NdjsonFormat.Diagnostic(csvPages));
                break;
            case OutputFormat.Pretty:
                PrettyListing.Write(host.Out, source, _messages, _pagination);
                break;
            default:
                Write(Envelope());
                break;
        }
    }

    private JsonObject Envelope()
    {
        var data = new JsonObject();
        if (source is not ListingSource.Messages)
        {
            data["has_more"] = _last?.HasMore ?? false;
            data["messages"] = new JsonArray([.. _messages]);
            data["page_token"] = _last?.PageToken ?? "";
            if (_threadId is not null)
                data["thread_id"] = _threadId;
        }
        else
        {
            data["messages"] = new JsonArray([.. _messages]);
        }

        data["total"] = _messages.Count;
        var envelope = Output.Envelope.Success(settings.Identity, data);
        var meta = new JsonObject();
        if (_pagination is { } pagination)
        {
            var paging = new JsonObject { ["complete"] = pagination.Complete, ["pages"] = pagination.Pages, ["items"] = pagination.Items };
            if (pagination.NextToken is { Length: > 0 } next)
                paging["next_token"] = next;
            meta["pagination"] = paging;
        }

        if (_downloads is { } downloads)
            meta["resources"] = new JsonObject { ["downloaded"] = downloads.Downloaded, ["reused"] = downloads.Reused, ["failed"] = downloads.Failed };
        if (meta.Count > 0)
            envelope["meta"] = meta;
        return envelope;
    }

    private void Write(JsonObject envelope) => Output.Envelope.Write(host.Out, envelope, options.Jq);
}
