using System.CommandLine;
using System.Globalization;
using Lark.Cli.Output;
using Lark.Cli.Output.Formats;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Commands.Listing;

/// <summary>The checks of the shared flags, with the official CLI's messages, before any request.</summary>
internal static class ListingParse
{
    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public static SortOrder Order(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "asc" => SortOrder.Ascending,
        "desc" => SortOrder.Descending,
        _ => throw Invalid($"invalid value \"{text}\" for --order, allowed: asc, desc", "Use --order asc or --order desc.", "--order"),
    };

    /// <summary>An integer from 1 to 50.</summary>
    public static int PageSize(string? text)
    {
        if (!int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size))
            throw Invalid($"invalid --page-size \"{text}\": must be an integer", "Use a number from 1 to 50.", "--page-size");
        return size is >= 1 and <= MessageListQuery.MaxPageSize
            ? size
            : throw Invalid($"invalid --page-size {size}: must be between 1 and 50", "Use a number from 1 to 50.", "--page-size");
    }

    /// <summary>The paging budget: 1 page, or --page-limit pages with --page-all; both flags are checked either way.</summary>
    public static (int Pages, TimeSpan Delay) Paging(bool pageAll, int pageLimit, int pageDelay)
    {
        if (pageLimit is < 1 or > 1000)
            throw Invalid("--page-limit must be an integer between 1 and 1000", "Use --page-limit 1 to 1000.", "--page-limit");
        if (pageDelay is < 0 or > 60000)
            throw Invalid("--page-delay must be an integer between 0 and 60000", "Use --page-delay 0 to 60000 (milliseconds).", "--page-delay");
        return pageAll ? (pageLimit, TimeSpan.FromMilliseconds(pageDelay)) : (1, TimeSpan.Zero);
    }

    /// <summary>1 to 16 resources at once.</summary>
    public static int ResourceConcurrency(int value) => value is >= 1 and <= 16
        ? value
        : throw Invalid($"--resource-concurrency must be between 1 and 16 (got {value})", "Use 1 to 16 (default 3).", "--resource-concurrency");

    /// <summary>The format; a warning for an unknown one; --jq goes only with json.</summary>
    public static OutputFormat Format(string? text, bool jq, TextWriter error)
    {
        var (format, warning) = OutputFormats.Parse(text);
        if (warning is not null)
            error.WriteLine(warning);
        if (jq && format != OutputFormat.Json)
            throw Invalid($"--jq and --format {text?.Trim()} are mutually exclusive", "Use --jq with the json format only.", "--jq");
        return format;
    }

    /// <summary>A chat id: the official messages for an empty or mis-prefixed one, then the library's stricter check.</summary>
    public static string ChatId(string? text) =>
        Prefixed(text, "oc_", "chat ID", "--chat-id", "oc_abc123") ?? Valid(ConversationIds.Chat(text));

    /// <summary>A user's open id, checked as <see cref="ChatId"/>.</summary>
    public static string UserId(string? text) =>
        Prefixed(text, "ou_", "user ID", "--user-id", "ou_abc123") ?? Valid(ConversationIds.User(text));

    /// <summary>A thread (<c>omt_</c>) or a message in one (<c>om_</c>), with the official messages.</summary>
    public static (string Id, bool IsMessage) Thread(string? text)
    {
        var value = text ?? "";
        if (value.Length == 0)
            throw Invalid("--thread is required (om_xxx or omt_xxx)", "Pass --thread omt_… or the id of a message in the thread (om_…).", "--thread");
        if (!value.StartsWith("om_", StringComparison.Ordinal) && !value.StartsWith("omt_", StringComparison.Ordinal))
            throw Invalid($"invalid --thread {Quote(value)}: must start with om_ or omt_", "Pass --thread omt_… or the id of a message in the thread (om_…).", "--thread");
        return Valid(ConversationIds.Thread(value));
    }

    /// <summary>One id of --message-ids, with the official messages, then the library's stricter check.</summary>
    public static MessageId MessageId(string text)
    {
        var value = text.Trim();
        if (value.Length == 0)
            throw Invalid("message ID cannot be empty", "Pass --message-ids om_a,om_b.", "--message-ids");
        if (!value.StartsWith("om_", StringComparison.Ordinal))
            throw Invalid($"invalid message ID {Quote(value)}: must start with om_", "Message ids start with om_.", "--message-ids");
        return Valid(Resources.Rules.Identifiers.MessageId.Parse(value, InputField.MessageIds));
    }

    /// <summary>A window edge: empty means none; else ISO 8601 (local to <paramref name="zone"/> when it names none) or Unix seconds.</summary>
    public static long? Time(string? text, InputField field, bool isEnd, TimeZoneInfo zone) =>
        string.IsNullOrWhiteSpace(text) ? null : Valid(Resources.Rules.Messages.TimeArgument.Parse(text, field, zone, isEnd));

    /// <summary>The value, or the refusal in the CLI's words.</summary>
    public static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new CliFailureException(CliFailure.From(failure, CliVocabulary.Instance));

    public static CliFailureException Invalid(string message, string hint, string? param = null) =>
        new(CliFailure.Validation(message, hint, param));

    /// <summary>A flag's value as typed.</summary>
    public static T? Get<T>(ParseResult parsed, Option<T> option) => parsed.GetValue(option);

    // The official check of a prefixed id: null when it passes (the stricter check follows).
    private static string? Prefixed(string? text, string prefix, string what, string flag, string example)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            throw Invalid($"{what} cannot be empty", $"Pass {flag} {prefix}….", flag);
        return value.StartsWith(prefix, StringComparison.Ordinal)
            ? null
            : throw Invalid($"invalid {what} format, should start with '{prefix}' (e.g., {example})", $"Pass {flag} {prefix}….", flag);
    }

    // Go's %q for the text a person typed: quoted, with backslash, quote and control characters escaped.
    private static string Quote(string text)
    {
        var quoted = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
