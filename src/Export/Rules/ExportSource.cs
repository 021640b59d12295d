using System.Globalization;

namespace Lark.Resources.Export.Rules;

/// <summary>What an export reads: a chat (with an optional window), a thread, or messages by id.</summary>
public abstract record ExportSource
{
    private ExportSource()
    {
    }

    /// <summary>The source's kind as the manifest writes it: <c>chat</c>, <c>thread</c> or <c>messages</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>What identifies it in the manifest (the chat or thread id, or the ids joined by commas).</summary>
    public abstract string Id { get; }

    /// <summary>The default directory name under <c>lark-export/</c>: the chat or thread id, or "messages".</summary>
    public abstract string DefaultDirectoryName { get; }

    /// <summary>Whether two sources are the same export (a rerun) — the window of a chat may move on.</summary>
    public bool SameExport(ExportSource other) => other is not null && Kind == other.Kind && Id == other.Id;

    /// <summary>A chat, from <paramref name="StartSeconds"/> to <paramref name="EndSeconds"/> (Unix seconds) when given.</summary>
    /// <param name="ChatId">The chat (<c>oc_…</c>).</param>
    /// <param name="StartSeconds">The window's start.</param>
    /// <param name="EndSeconds">The window's end.</param>
    public sealed record Chat(string ChatId, long? StartSeconds = null, long? EndSeconds = null) : ExportSource
    {
        /// <inheritdoc />
        public override string Kind => "chat";

        /// <inheritdoc />
        public override string Id => ChatId;

        /// <inheritdoc />
        public override string DefaultDirectoryName => ChatId;

        /// <summary>The window as text for the manifest and the transcript, e.g. <c>2026-01-01 – 2026-02-01</c>.</summary>
        public string Range(TimeZoneInfo zone) => (StartSeconds, EndSeconds) switch
        {
            (null, null) => "all messages",
            (var s, var e) => $"{Day(s, zone) ?? "the beginning"} – {Day(e, zone) ?? "now"}",
        };

        private static string? Day(long? seconds, TimeZoneInfo zone) => seconds is { } s
            ? TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(s), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A thread (<c>omt_…</c>, or a message in it, resolved when the export runs).</summary>
    /// <param name="ThreadId">The thread or message id as given.</param>
    public sealed record Thread(string ThreadId) : ExportSource
    {
        /// <inheritdoc />
        public override string Kind => "thread";

        /// <inheritdoc />
        public override string Id => ThreadId;

        /// <inheritdoc />
        public override string DefaultDirectoryName => ThreadId;
    }

    /// <summary>Messages by id, in the order given (any number: they are read 50 at a time).</summary>
    /// <param name="MessageIds">The ids.</param>
    public sealed record Messages(IReadOnlyList<string> MessageIds) : ExportSource
    {
        /// <inheritdoc />
        public override string Kind => "messages";

        /// <inheritdoc />
        public override string Id => string.Join(',', MessageIds);

        /// <inheritdoc />
        public override string DefaultDirectoryName => "messages";

        /// <inheritdoc />
        public bool Equals(Messages? other) => other is not null && MessageIds.SequenceEqual(other.MessageIds);

        /// <inheritdoc />
        public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
    }
}
