using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// Why an export will not touch a directory. Each is a precondition of the output directory, so each names it, and
/// each says that nothing was changed: the refusal comes before the first write.
/// </summary>
public static class ExportRefusal
{
    /// <summary>The directory's path is a file.</summary>
    public static LarkFailure DirectoryIsAFile(string directory) => Refuse(
        $"{directory} is a file, not a directory; nothing was changed",
        Wording.Of($"Choose another {InputField.OutputDirectory}."));

    /// <summary>The directory holds an export of another source, which an export of <paramref name="requested"/> must not change.</summary>
    public static LarkFailure OtherExport(string directory, ExportSource existing, ExportSource requested)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(requested);
        return Refuse(
            $"{directory} holds an export of {existing.Kind} {existing.Id}, not of {requested.Kind} {requested.Id}; nothing was changed",
            Wording.Of($"Choose another {InputField.OutputDirectory}, or export that {existing.Kind} again."));
    }

    /// <summary>The directory holds export files but no manifest that can be read.</summary>
    public static LarkFailure UnreadableExport(string directory) => Refuse(
        $"{directory} holds export files without a manifest this program can read; nothing was changed",
        Wording.Of($"Choose another {InputField.OutputDirectory}, or move those files away."));

    /// <summary>Another export holds the directory's lock; waiting is the fix.</summary>
    public static LarkFailure Busy(string directory) =>
        Refuse($"another export is running in {directory}", Wording.Text("Wait for it to finish.")) with { Fix = FixKind.Retry };

    private static LarkFailure Refuse(string message, Wording hint) => new()
    {
        Category = ErrorCategory.Validation,
        Subtype = ErrorSubtype.FailedPrecondition,
        Message = Wording.Text(message),
        Hint = hint,
        Fix = FixKind.ChangeInput,
        Input = InputField.OutputDirectory,
    };
}
