using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Cli.Output.Formats;
using Lark.Resources.Rules.Conversations;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// <c>--format pretty</c> of a listing, as the official CLI prints it: a table of time, type, sender and content (cut to
/// 40 characters), a count, a tip, and where paging stands.
/// </summary>
internal static class PrettyListing
{
    private const int ContentRunes = 40;

    public static void Write(TextWriter writer, ListingSource source, IReadOnlyList<JsonObject> messages, Pagination? pagination)
    {
        if (messages.Count == 0)
        {
            writer.WriteLine(source switch
            {
                ListingSource.Thread => "No messages in this thread.",
                ListingSource.Messages => "No messages found.",
                _ => "No messages in this time range.",
            });
        }
        else
        {
            TableFormat.WriteRecords(writer, [.. messages.Select(m => Row(m, source is ListingSource.Messages))]);
            var noun = source is ListingSource.Thread ? "thread message(s)" : "message(s)";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\n{messages.Count} {noun}\ntip: use --format json to view full message content\n"));
        }

        if (pagination is not null)
            writer.Write($"\n{PaginationSummary.Of(pagination)}\n");
    }

    // Columns in the official order: the row's keys sorted.
    private static IReadOnlyList<KeyValuePair<string, string>> Row(JsonObject message, bool withId)
    {
        var row = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content"] = Cut(((string?)message["content"] ?? "").Replace('\n', ' ')),
            ["time"] = (string?)message["create_time"] ?? "",
            ["type"] = (string?)message["msg_type"] ?? "",
        };
        var sender = message["sender"] as JsonObject;
        if ((string?)sender?["name"] is { Length: > 0 } name)
            row["sender"] = name;
        else if ((string?)sender?["id"] is { Length: > 0 } id)
            row["sender"] = id;
        if (withId)
            row["message_id"] = (string?)message["message_id"] ?? "";
        return [.. row];
    }

    private static string Cut(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        if (runes.Length <= ContentRunes)
            return text;
        var cut = new StringBuilder();
        foreach (var rune in runes.Take(ContentRunes))
            cut.Append(rune.ToString());
        return cut.Append('…').ToString();
    }
}
