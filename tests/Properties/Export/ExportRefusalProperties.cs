using Lark.Resources.Export.Rules;
using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// Why an export refuses a directory: a validation precondition of the output directory, for any path, whose message
/// names the directory and whose hint names the input through the front end's words.
/// </summary>
public class ExportRefusalProperties
{
    private static readonly Gen<string> Directories = Gen.OneOf(
        ExportGenerators.UserText,
        Gen.Elements("/tmp/export", "exports/oc_1", "", "C:\\x y\\z", "含 空格/目录"));

    private static readonly Gen<ExportSource> Sources = Gen.OneOf(
        Gen.Elements("oc_a", "oc_b").Select(ExportSource (id) => new ExportSource.Chat(id)),
        Gen.Elements("omt_a", "omt_b").Select(ExportSource (id) => new ExportSource.Thread(id)));

    private static IEnumerable<LarkFailure> All(string directory, ExportSource existing, ExportSource requested) =>
    [
        ExportRefusal.DirectoryIsAFile(directory),
        ExportRefusal.OtherExport(directory, existing, requested),
        ExportRefusal.UnreadableExport(directory),
        ExportRefusal.Busy(directory),
    ];

    [Property(MaxTest = 300)]
    public Property Every_refusal_is_a_precondition_of_the_output_directory_that_names_it() =>
        Prop.ForAll(Directories.ToArbitrary(), Sources.ToArbitrary(), Sources.ToArbitrary(), (directory, existing, requested) =>
        {
            foreach (var failure in All(directory, existing, requested))
            {
                Assert.Equal(ErrorCategory.Validation, failure.Category);
                Assert.Equal(ErrorSubtype.FailedPrecondition, failure.Subtype);
                Assert.Equal(InputField.OutputDirectory, failure.Input);
                Assert.Contains(directory, failure.Message.Render(MarkedVocabulary.Instance), StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(failure.Hint.Render(MarkedVocabulary.Instance)));
            }
        });

    [Property(MaxTest = 300)]
    public Property Only_a_busy_directory_is_fixed_by_waiting_the_others_by_another_directory() =>
        Prop.ForAll(Directories.ToArbitrary(), Sources.ToArbitrary(), Sources.ToArbitrary(), (directory, existing, requested) =>
        {
            Assert.Equal(FixKind.Retry, ExportRefusal.Busy(directory).Fix);
            foreach (var failure in All(directory, existing, requested).SkipLast(1))
            {
                Assert.Equal(FixKind.ChangeInput, failure.Fix);
                Assert.Contains(MarkedVocabulary.Name(InputField.OutputDirectory), failure.Hint.Render(MarkedVocabulary.Instance), StringComparison.Ordinal);
            }
        });

    [Property(MaxTest = 300)]
    public Property Another_export_names_both_sources() =>
        Prop.ForAll(Directories.ToArbitrary(), Sources.ToArbitrary(), Sources.ToArbitrary(), (directory, existing, requested) =>
        {
            var message = ExportRefusal.OtherExport(directory, existing, requested).Message.Render(MarkedVocabulary.Instance);
            Assert.Contains($"{existing.Kind} {existing.Id}", message, StringComparison.Ordinal);
            Assert.Contains($"{requested.Kind} {requested.Id}", message, StringComparison.Ordinal);
        });
}
