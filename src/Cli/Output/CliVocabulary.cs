using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Output;

/// <summary>The command line's words for the library's failures: inputs are flags, actions are commands.</summary>
public sealed class CliVocabulary : Vocabulary
{
    private CliVocabulary()
    {
    }

    /// <summary>The one instance.</summary>
    public static CliVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public override string Input(InputField field) => field switch
    {
        InputField.MessageId => "--message-id",
        InputField.FileKey => "--file-key",
        InputField.ResourceType => "--type",
        InputField.Output => "--output",
        InputField.Overwrite => "--overwrite",
        InputField.Directory => "the working directory",
        InputField.Concurrency => "--concurrency",
        InputField.ChunkPlan => "the chunk plan",
        InputField.ChatId => "--chat-id",
        InputField.ThreadId => "--thread",
        InputField.MessageIds => "--message-ids",
        InputField.UserId => "--user-id",
        InputField.Start => "--start",
        InputField.End => "--end",
        InputField.Order => "--order",
        InputField.PageSize => "--page-size",
        InputField.PageToken => "--page-token",
        InputField.PageLimit => "--page-limit",
        InputField.PageDelay => "--page-delay",
        InputField.ResourceConcurrency => "--resource-concurrency",
        InputField.OutputDirectory => "--output-dir",
        InputField.Identity => "--as",
        InputField.AppId => "--app-id",
        InputField.AppSecret => "the app secret",
        InputField.Brand => "--brand",
        InputField.OpenBaseUrl => "LARKSUITE_CLI_OPEN_BASE_URL",
        InputField.AccountsBaseUrl => "LARKSUITE_CLI_ACCOUNTS_BASE_URL",
        _ => field.ToString(),
    };

    /// <inheritdoc />
    public override string Words(Term term) => term.Kind switch
    {
        TermKind.UserIdentity => "--as user",
        TermKind.BotIdentity => "--as bot",
        TermKind.OtherIdentity => "--as bot or --as user",
        TermKind.LogIn => term.Argument is null ? "lark-cli auth login" : $"lark-cli auth login --scope \"{term.Argument}\"",
        TermKind.Configure => "lark-cli config init --app-id <id> --app-secret-stdin",
        TermKind.ShowConfiguration => "lark-cli config show",
        TermKind.Overwrite => "--overwrite",
        TermKind.RunAgain => "run the same command again",
        TermKind.DoNotRetry => "do not retry",
        TermKind.WorkingDirectory => "the working directory",
        TermKind.Program => "lark-cli",
        _ => term.Kind.ToString(),
    };
}
