using Lark.Cli.Mcp;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Integration.Mcp;

/// <summary>Hints and messages in tool results name tool arguments, not command-line flags.</summary>
public sealed class ToolWordingTests
{
    [Theory]
    [InlineData("Pass --overwrite to replace it, or choose another name with --output.", "Pass overwrite: true to replace it, or choose another name with output.")]
    [InlineData("Check --type: image for img_… keys, file for file_… keys.", "Check type: image for img_… keys, file for file_… keys.")]
    [InlineData("Take --message-id and --file-key from the same message's content.", "Take message_id and file_key from the same message's content.")]
    [InlineData("--output \"../x\" leaves the working directory through \"..\"", "output \"../x\" leaves the download directory through \"..\"")]
    [InlineData("try the other identity (--as bot or --as user).", "try the other identity (a server started with --as bot or --as user).")]
    [InlineData("download as a user who is in it (--as user).", "download as a user who is in it (a server started with --as user).")]
    [InlineData("do not retry, return the error to the user", "do not retry, return the error to the user")]
    public void Flags_become_tool_arguments(string cli, string tool) => Assert.Equal(tool, ToolWording.ForTool(cli));

    [Fact]
    public void No_catalogued_hint_names_a_download_flag_after_rewriting()
    {
        foreach (var errorClass in ErrorCatalog.All)
        {
            var hint = ToolWording.ForTool(errorClass.Hint);
            foreach (var flag in new[] { "--overwrite", "--output", "--type", "--message-id", "--file-key" })
                Assert.DoesNotContain(flag, hint, StringComparison.Ordinal);
        }
    }
}
