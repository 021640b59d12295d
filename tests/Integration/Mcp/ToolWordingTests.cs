using Lark.Cli.Mcp;
using Lark.Cli.Output;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Integration.Mcp;

/// <summary>Hints and messages in tool results name tool arguments, not command-line flags.</summary>
public sealed class ToolWordingTests
{
    [Theory]
    [InlineData(InputField.Overwrite, "overwrite")]
    [InlineData(InputField.Output, "output")]
    [InlineData(InputField.ResourceType, "type")]
    [InlineData(InputField.MessageId, "message_id")]
    [InlineData(InputField.FileKey, "file_key")]
    public void Inputs_are_tool_arguments(InputField field, string argument) => Assert.Equal(argument, ToolVocabulary.Instance.Input(field));

    [Fact]
    public void An_existing_target_is_worded_with_tool_arguments()
    {
        var failure = DownloadFailures.TargetExists("/d/a.png", bytesKept: false);
        Assert.Equal("Pass overwrite: true to replace it, or choose another name with output. Nothing was downloaded.", failure.Hint.Render(ToolVocabulary.Instance));
        Assert.Equal("Pass --overwrite to replace it, or choose another name with --output. Nothing was downloaded.", failure.Hint.Render(CliVocabulary.Instance));
    }

    [Fact]
    public void Identities_are_fixed_when_the_server_starts() =>
        Assert.Contains("a server started with --as user", ErrorCatalog.Classify(234004, 400).Hint.Render(ToolVocabulary.Instance), StringComparison.Ordinal);

    [Fact]
    public void Only_the_agent_is_told_to_return_the_error_to_the_user()
    {
        var hint = ErrorCatalog.Classify(234002, 400).Hint;
        Assert.Contains("return the error to the user", hint.Render(ToolVocabulary.Instance), StringComparison.Ordinal);
        Assert.DoesNotContain("return the error to the user", hint.Render(CliVocabulary.Instance), StringComparison.Ordinal);
        Assert.Contains("do not retry", hint.Render(CliVocabulary.Instance), StringComparison.Ordinal);
    }

    [Fact]
    public void No_catalogued_hint_names_a_flag_or_a_command_in_the_tools_words()
    {
        foreach (var errorClass in ErrorCatalog.All)
        {
            var hint = errorClass.Hint.Render(ToolVocabulary.Instance);
            foreach (var flag in new[] { "--overwrite", "--output", "--type", "--message-id", "--file-key" })
                Assert.DoesNotContain(flag, hint, StringComparison.Ordinal);
        }
    }
}
