using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Shell;

/// <summary>The library's own words: inputs are the properties of its requests, actions are its types.</summary>
public sealed class LibraryVocabulary : Vocabulary
{
    private LibraryVocabulary()
    {
    }

    /// <summary>The one instance.</summary>
    public static LibraryVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public override string Input(InputField field) => field switch
    {
        InputField.MessageId => "MessageId",
        InputField.FileKey => "FileKey",
        InputField.ResourceType => "Type",
        InputField.Output => "Output",
        InputField.Overwrite => "Overwrite",
        InputField.Directory => "Directory",
        InputField.Concurrency => "Concurrency",
        InputField.ChunkPlan => "Plan",
        InputField.ChatId => "ChatId",
        InputField.ThreadId => "ThreadId",
        InputField.MessageIds => "MessageIds",
        InputField.UserId => "UserId",
        InputField.Start => "Start",
        InputField.End => "End",
        InputField.Order => "Order",
        InputField.PageSize => "PageSize",
        InputField.PageToken => "PageToken",
        InputField.PageLimit => "PageLimit",
        InputField.PageDelay => "PageDelay",
        InputField.ResourceConcurrency => "ResourceConcurrency",
        InputField.OutputDirectory => "OutputDirectory",
        InputField.Identity => "the token source",
        InputField.AppId => "the app id",
        InputField.AppSecret => "the app secret",
        InputField.Brand => "LarkClientOptions.Brand",
        InputField.OpenBaseUrl => "LarkClientOptions.OpenBaseUrl",
        InputField.AccountsBaseUrl => "LarkClientOptions.AccountsBaseUrl",
        _ => field.ToString(),
    };

    /// <inheritdoc />
    public override string Words(Term term) => term.Kind switch
    {
        TermKind.UserIdentity => "a user token source",
        TermKind.BotIdentity => "the bot's token source (TenantTokenSource)",
        TermKind.OtherIdentity => "the other identity's token source",
        TermKind.LogIn => $"a user login (DeviceFlow) granting \"{term.Argument}\"",
        TermKind.Configure => "pass the app id and secret to TenantTokenSource",
        TermKind.ShowConfiguration => "the app id and secret given to TenantTokenSource",
        TermKind.Overwrite => "Overwrite = true",
        TermKind.RunAgain => "download again with the same request",
        TermKind.DoNotRetry => "do not retry",
        TermKind.WorkingDirectory => "the request's Directory",
        TermKind.Program => "Lark.Resources",
        _ => term.Kind.ToString(),
    };
}
