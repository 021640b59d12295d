namespace Lark.Resources.Rules.Errors;

/// <summary>
/// Plain words for text that is not addressed to one front end (a listed resource's reason): inputs named by what
/// they are ("the resource key"), terms in general words.
/// </summary>
public sealed class PlainVocabulary : Vocabulary
{
    private PlainVocabulary()
    {
    }

    /// <summary>The one instance.</summary>
    public static PlainVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public override string Input(InputField field) => field switch
    {
        InputField.MessageId => "the message id",
        InputField.FileKey => "the resource key",
        InputField.ResourceType => "the resource type",
        InputField.Output => "the output path",
        InputField.ChatId => "the chat id",
        InputField.ThreadId => "the thread id",
        InputField.MessageIds => "the message ids",
        _ => $"the {field.ToString().ToLowerInvariant()}",
    };

    /// <inheritdoc />
    public override string Words(Term term) => term.Kind switch
    {
        TermKind.UserIdentity => "the user identity",
        TermKind.BotIdentity => "the bot identity",
        TermKind.OtherIdentity => "the other identity",
        TermKind.LogIn => term.Argument is null ? "a user login" : $"a user login granting {term.Argument}",
        TermKind.Configure => "configuring the app id and secret",
        TermKind.ShowConfiguration => "the configured app id and secret",
        TermKind.Overwrite => "overwriting",
        TermKind.RunAgain => "try again",
        TermKind.DoNotRetry => "do not retry",
        TermKind.WorkingDirectory => "the working directory",
        _ => "this program",
    };
}
