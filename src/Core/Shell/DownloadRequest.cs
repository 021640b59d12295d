using Lark.Resources.Rules;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Shell;

/// <summary>
/// One resource to download, in the core's typed values (parse them once with <see cref="MessageId.Parse"/>,
/// <see cref="FileKey.Parse"/>, <see cref="ResourceTypes.Parse"/>, <see cref="OutputPath.Parse"/>, or all at once
/// with <see cref="Parse"/>). The rest is checked when the download starts.
/// </summary>
public sealed record DownloadRequest
{
    /// <summary>The message id (<c>om_…</c>); for a resource of a merge-forward's sub-message, the container's id.</summary>
    public required MessageId MessageId { get; init; }

    /// <summary>The resource key from the message content (<c>img_…</c> or <c>file_…</c>).</summary>
    public required FileKey FileKey { get; init; }

    /// <summary>Image or file; must agree with the key's prefix.</summary>
    public required ResourceType Type { get; init; }

    /// <summary>A relative output path; none means the server's name, else the file key.</summary>
    public OutputPath? Output { get; init; }

    /// <summary>
    /// The directory relative paths start from and must stay inside (created when missing, with its parents);
    /// default: the current directory.
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>Replace an existing file at the target.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Probe and chunk sizes; the defaults are the official CLI's.</summary>
    public ChunkPlanOptions Plan { get; init; } = ChunkPlanOptions.Default;

    /// <summary>How many ranges to fetch at once (1 = the official sequential plan; at most 16).</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>
    /// A request from text as a person or agent types it: every value is checked, and the first refusal is returned
    /// (which input, what is wrong, what to do).
    /// </summary>
    public static Validated<DownloadRequest> Parse(string? messageId, string? fileKey, string? type, string? output = null)
    {
        if (!MessageId.Parse(messageId).TryGetValue(out var message, out var failure)
            || !FileKey.Parse(fileKey).TryGetValue(out var key, out failure)
            || !ResourceTypes.Parse(type).TryGetValue(out var kind, out failure)
            || !kind.Matching(key).TryGetValue(out _, out failure))
            return Validated<DownloadRequest>.Fail(failure);
        OutputPath? path = null;
        if (output is not null && !OutputPath.Parse(output).TryGetValue(out path, out failure))
            return Validated<DownloadRequest>.Fail(failure);
        return Validated<DownloadRequest>.Ok(new DownloadRequest { MessageId = message, FileKey = key, Type = kind, Output = path });
    }

    /// <summary>Checks the values that typed construction cannot: set ids, the key's type, the bounds.</summary>
    public Validated<DownloadRequest> Validate()
    {
        if (MessageId.Value is null)
            return Validated<DownloadRequest>.Invalid(InputField.MessageId, Wording.Of($"{InputField.MessageId} is not set; parse the message's id (om_…) first"));
        if (FileKey.Value is null)
            return Validated<DownloadRequest>.Invalid(InputField.FileKey, Wording.Of($"{InputField.FileKey} is not set; parse the resource key first"));
        if (!Type.Matching(FileKey).TryGetValue(out _, out var mismatch))
            return Validated<DownloadRequest>.Fail(mismatch);
        if (Concurrency is < 1 or > 16)
            return Validated<DownloadRequest>.Invalid(InputField.Concurrency, Wording.Of($"{InputField.Concurrency} must be between 1 and 16 (got {Concurrency})"));
        var plan = Plan.Validate();
        return plan.IsOk
            ? Validated<DownloadRequest>.Ok(this)
            : Validated<DownloadRequest>.Invalid(InputField.ChunkPlan, Wording.Of($"{InputField.ChunkPlan}: {plan.Error}"));
    }
}
