using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
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
/// download while the next pages are read; a page is printed once its own resources are done.
/// </summary>
internal sealed class ListingRun(CliHost host, CliSettings settings, ListingSource source, ListingRunOptions options)
{
    private readonly List<JsonObject> _messages = [];
    private Pagination? _pagination;
    private MessagePage? _last;
    private string? _threadId;
    private ResourceDownloads? _downloads;
    private ExceptionDispatchInfo? _printFailure;

    // How many pages an ndjson listing reads ahead of the one waiting for its resources.
    private const int PagesAhead = 8;

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

        // Pages go to the printer in order, each with its resources pending; it waits for a page's resources before
        // printing it (ndjson) or keeping it, while the listing reads on: at most PagesAhead pages ahead for ndjson,
        // whose memory stays flat, without a bound for the others, which keep every message anyway.
        var pages = options.Format == OutputFormat.Ndjson
            // One page less than PagesAhead waits in the channel: the next is read, queued and waits to be written.
            ? Channel.CreateBounded<Task<IReadOnlyList<ListedMessage>>>(new BoundedChannelOptions(PagesAhead - 1) { SingleReader = true, SingleWriter = true })
            : Channel.CreateUnbounded<Task<IReadOnlyList<ListedMessage>>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var printer = PrintAsync(pages.Reader, stop);
        var listed = false;
        try
        {
            await ListAsync(reader, listing, pages.Writer, display, stop.Token);
            listed = true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && _printFailure is { } failure)
        {
            failure.Throw();
        }
        finally
        {
            pages.Writer.TryComplete();
            // A listing that fails still prints (ndjson) the pages it read before; the others print nothing, so stop.
            if (!listed && options.Format != OutputFormat.Ndjson)
                await stop.CancelAsync();
            await Task.WhenAny(printer);
        }

        await printer;
        if (_downloads is not null)
            await _downloads.CompleteAsync();
        if (display is not null)
            await display.StopAsync();
        Finish();
        return 0;
    }

    private async Task ListAsync(ConversationReader reader, MessageListing listing, ChannelWriter<Task<IReadOnlyList<ListedMessage>>> pages, ProgressDisplay? display, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case ListingSource.Messages byId:
                await EmitAsync(listing, await reader.GetManyAsync(byId.Ids, cancellationToken), pages, display, cancellationToken);
                break;
            case ListingSource.Chat chat:
                var chatId = chat.UserId is { } user ? await reader.P2pChatAsync(user, cancellationToken) : chat.Query.ContainerId;
                await PagesAsync(reader, listing, chat.Query with { ContainerId = chatId }, pages, display, cancellationToken);
                break;
            case ListingSource.Thread thread:
                _threadId = thread.ByMessage
                    ? await reader.ThreadOfAsync(Resources.Rules.Identifiers.MessageId.Parse(thread.Query.ContainerId).Value, cancellationToken)
                    : thread.Query.ContainerId;
                await PagesAsync(reader, listing, thread.Query with { ContainerId = _threadId }, pages, display, cancellationToken);
                break;
        }
    }

    private async Task PagesAsync(ConversationReader reader, MessageListing listing, MessageListQuery query, ChannelWriter<Task<IReadOnlyList<ListedMessage>>> pages, ProgressDisplay? display, CancellationToken cancellationToken)
    {
        await foreach (var page in reader.ReadPagesAsync(query, options.PageToken, options.Pages, options.PageDelay, cancellationToken))
        {
            _last = page.Page;
            _pagination = page.Pagination;
            display?.Counters.Set("messages", page.Pagination.Items);
            await EmitAsync(listing, page.Page.Items, pages, display, cancellationToken);
        }
    }

    // A page's messages as the official objects, their resources queued, handed to the printer.
    private async Task EmitAsync(MessageListing listing, IReadOnlyList<LarkMessage> messages, ChannelWriter<Task<IReadOnlyList<ListedMessage>>> pages, ProgressDisplay? display, CancellationToken cancellationToken)
    {
        var batch = await listing.ListAsync(messages, cancellationToken);
        foreach (var warning in batch.Warnings)
        {
            if (display is null)
                host.Error.WriteLine($"warning: {warning.Code}: {warning.Message}");
            else
                display.Line($"warning: {warning.Code}: {warning.Message}");
        }

        _downloads?.Queue(batch.Messages);
        var page = _downloads is null ? Task.FromResult(batch.Messages) : _downloads.FilledAsync(batch.Messages, cancellationToken);
        await pages.WriteAsync(page, cancellationToken);
    }

    private async Task PrintAsync(ChannelReader<Task<IReadOnlyList<ListedMessage>>> pages, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var page in pages.ReadAllAsync(stop.Token))
            {
                var messages = await page.WaitAsync(stop.Token);
                // Kept as the JSON that is printed at the end, not beside the records it came from.
                if (options.Format != OutputFormat.Ndjson)
                    _messages.AddRange(messages.Select(m => ListedMessages.ToJson(m, CliVocabulary.Instance)));
                else
                    foreach (var message in messages)
                        NdjsonFormat.WriteLine(host.Out, ListedMessages.ToJson(message, CliVocabulary.Instance));
            }
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // The listing stops too; ReadAsync reports this failure rather than the listing's cancellation.
            _printFailure = ExceptionDispatchInfo.Capture(e);
            await stop.CancelAsync();
            throw;
        }
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
