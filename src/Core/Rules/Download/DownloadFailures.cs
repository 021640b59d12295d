using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Download;

/// <summary>The failures of a download that are not the server's: an existing target, a resume hint.</summary>
public static class DownloadFailures
{
    /// <summary>
    /// The target exists and replacing it was not asked for: validation/failed_precondition. With
    /// <paramref name="bytesKept"/>, the downloaded bytes stay hidden so that the next run finishes without a download.
    /// </summary>
    /// <param name="target">The existing target's path.</param>
    /// <param name="bytesKept">Whether verified bytes stay hidden for the next run.</param>
    /// <param name="keptAs">The hidden file's name beside the target, when bytes are kept.</param>
    public static LarkFailure TargetExists(string target, bool bytesKept, string? keptAs = null) => new()
    {
        Category = ErrorCategory.Validation,
        Subtype = ErrorSubtype.FailedPrecondition,
        Message = Wording.Text($"{target} already exists; it was left untouched"),
        Hint = bytesKept
            ? Wording.Of($"Pass {Term.Overwrite} to replace it, or choose another name with {InputField.Output}. The downloaded bytes are kept hidden{(keptAs is null ? "" : $" ({keptAs}, beside it)")}, so the next run finishes without downloading again.")
            : Wording.Of($"Pass {Term.Overwrite} to replace it, or choose another name with {InputField.Output}. Nothing was downloaded."),
        Fix = FixKind.ChangeTarget,
        Input = InputField.Output,
    };

    /// <summary>What a person is told about the bytes a failed or cancelled run kept.</summary>
    public static Wording ResumeHint(long verified, long? total) => verified > 0 && total is not null
        ? Wording.Of($"{verified} verified bytes are kept hidden; {Term.RunAgain} to resume.")
        : Wording.Of($"Nothing was kept; {Term.RunAgain} to start over.");

    /// <summary>
    /// A failure after verified bytes tells the person that nothing is lost: for API (not not-found), rate-limit and network
    /// failures the hint gains the resume advice (other failures' hints say it already or cannot be resumed).
    /// </summary>
    public static LarkFailure WithResumeHint(LarkFailure failure, long verified, long? total)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var kept = verified > 0 && total is not null;
        if (!kept)
            return failure;
        var resumable = failure with { KeptBytes = verified };
        return (failure.Category is ErrorCategory.Api or ErrorCategory.Network && failure.Subtype != ErrorSubtype.NotFound) || failure.Subtype is ErrorSubtype.Protocol or ErrorSubtype.RepresentationChanged
            ? resumable with { Hint = failure.Fix == FixKind.Resume ? failure.Hint : failure.Hint.Then(ResumeHint(verified, total)) }
            : resumable;
    }
}
