using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Mcp;

/// <summary>
/// The MCP server's words for the library's failures: inputs are tool arguments, the identity is fixed when the
/// server starts, a person at a terminal does the logging in, and an agent returns what it cannot fix to the user.
/// </summary>
public sealed class ToolVocabulary : Vocabulary
{
    private ToolVocabulary()
    {
    }

    /// <summary>The one instance.</summary>
    public static ToolVocabulary Instance { get; } = new();

    /// <inheritdoc />
    public override string Input(InputField field) => field switch
    {
        InputField.MessageId => "message_id",
        InputField.FileKey => "file_key",
        InputField.ResourceType => "type",
        InputField.Output => "output",
        InputField.Overwrite => "overwrite",
        InputField.Directory => "the server's --download-dir",
        InputField.ChatId => "chat_id",
        InputField.ThreadId => "thread_id",
        InputField.MessageIds => "message_ids",
        InputField.Start => "start",
        InputField.End => "end",
        InputField.Order => "order",
        InputField.PageSize => "page_size",
        InputField.PageToken => "page_token",
        InputField.PageLimit => "page_limit",
        InputField.PageDelay => "page_delay",
        InputField.OutputDirectory => "directory",
        InputField.Identity => "the server's --as",
        _ => field.ToString(),
    };

    /// <inheritdoc />
    public override string Words(Term term) => term.Kind switch
    {
        // The identity is fixed when the server starts; the agent cannot switch it per call.
        TermKind.UserIdentity => "a server started with --as user",
        TermKind.BotIdentity => "a server started with --as bot",
        TermKind.OtherIdentity => "a server started with --as bot or --as user",
        TermKind.LogIn => term.Argument is null
            ? "ask the user to run lark-cli auth login in a terminal, then restart the server"
            : $"ask the user to run lark-cli auth login --scope \"{term.Argument}\" in a terminal, then restart the server",
        TermKind.Configure => "ask the user to run lark-cli config init in a terminal, then restart the server",
        TermKind.ShowConfiguration => "lark-cli config show, in a terminal",
        TermKind.Overwrite => "overwrite: true",
        TermKind.RunAgain => "call the tool again with the same arguments",
        TermKind.DoNotRetry => "do not retry; return the error to the user",
        TermKind.WorkingDirectory => "the download directory",
        TermKind.Program => "the lark-cli MCP server",
        _ => term.Kind.ToString(),
    };
}
