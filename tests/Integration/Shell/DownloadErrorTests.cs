using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using ResourceType = Lark.Resources.Rules.Identifiers.ResourceType;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Shell;

public class DownloadErrorTests
{
    public static TheoryData<string, string, int, ErrorCategory> BusinessErrors => new()
    {
        { DemoData.NoAccessMessageId, DemoData.NoAccessKey, 234002, ErrorCategory.Authorization },
        { DemoData.TooBigMessageId, DemoData.TooBigKey, 234037, ErrorCategory.Api },
        { DemoData.DeletedMessageId, DemoData.DeletedKey, 230110, ErrorCategory.Api },
        { DemoData.NoBotMessageId, DemoData.NoBotKey, 234004, ErrorCategory.Authorization },
        { DemoData.RestrictedMessageId, DemoData.RestrictedKey, 234038, ErrorCategory.Authorization },
        { DemoData.ExternalMessageId, DemoData.ExternalKey, 234009, ErrorCategory.Api },
        { DemoData.InvisibleMessageId, DemoData.InvisibleKey, 234040, ErrorCategory.Authorization },
        { DemoData.SmallFileMessageId, DemoData.LargeFileKey, 234003, ErrorCategory.Api },
        { DemoData.MergedFileMessageId, DemoData.MergedFileKey, 234003, ErrorCategory.Api },
        { DemoData.StickerMessageId, DemoData.StickerKey, 234043, ErrorCategory.Api },
    };

    [Theory]
    [MemberData(nameof(BusinessErrors))]
    public async Task Business_errors_fail_after_one_request_with_their_classification(string messageId, string fileKey, int code, ErrorCategory kind)
    {
        await using var h = await EngineHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(messageId, fileKey, "file")));

        Assert.Equal(code, error.LarkCode);
        Assert.Equal(kind, error.Category);
        Assert.Equal(1, h.ResourceRequests());
        Assert.False(string.IsNullOrEmpty(error.LogId));
        Assert.Equal(h.Emulator.Requests[^1].LogId, error.LogId);
        Assert.True(error.Hint.Length > 20);
        Assert.Empty(h.Directory.Entries());
    }

    [Fact]
    public async Task Code_14005_is_no_access_and_is_not_retried()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new Lark.Emulator.Faults.FaultRule { FileKey = DemoData.SmallFileKey, Kind = Lark.Emulator.Faults.FaultKind.Status, StatusCode = 400, LarkCode = 14005 });

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal(14005, error.LarkCode);
        Assert.Equal(ErrorCategory.Authorization, error.Category);
        Assert.Contains("do not retry", error.Hint, StringComparison.Ordinal);
        Assert.Equal(1, h.ResourceRequests());
    }

    [Fact]
    public async Task An_unforeseen_exception_still_ends_as_one_classified_exception()
    {
        await using var h = await EngineHarness.StartAsync();
        using var client = new LarkClient(h.Client.Options, LarkCredentials.From(new BrokenTokens()));

        var error = await Assert.ThrowsAsync<LarkException>(() => client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal(ErrorCategory.Internal, error.Category);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("bug", error.Hint, StringComparison.Ordinal);
        Assert.Empty(h.Directory.Entries());
    }

    // A token source with a bug in it.
    private sealed class BrokenTokens : Lark.Resources.Shell.Auth.ITokenSource
    {
        public string Identity => "bot";

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("broken");

        public ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken) => throw new InvalidOperationException("broken");
    }

    [Fact]
    public async Task No_access_says_do_not_retry()
    {
        await using var h = await EngineHarness.StartAsync();
        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file")));
        Assert.Contains("do not retry", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_forward_child_downloads_with_the_container_id()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.MergeForwardMessageId, DemoData.MergedFileKey, "file"));
        Assert.Equal(Expected.Sha(DemoData.MergedFileSeed, DemoData.MergedFileSize), result.Sha256);
        Assert.Equal(DemoData.MergedFileName, Path.GetFileName(result.SavedPath));
    }

    [Fact]
    public async Task Token_revoked_mid_download_is_refreshed_once_and_the_download_finishes()
    {
        await using var h = await EngineHarness.StartAsync();
        var revoked = false;
        var progress = new SyncProgress(p =>
        {
            if (!revoked && p.BytesDone >= 131072)
            {
                revoked = true;
                h.Emulator.RevokeTenantTokens();
            }
        });

        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), progress);

        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), result.Sha256);
        var tokenRequests = h.Emulator.Requests.Count(r => r.Path.EndsWith("tenant_access_token/internal", StringComparison.Ordinal));
        Assert.Equal(2, tokenRequests);
        Assert.Contains(h.Emulator.Requests, r => r.StatusCode == 400 && r.Path.Contains("/resources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_app_secret_is_a_config_invalid_client_error_that_names_no_secret()
    {
        await using var h = await EngineHarness.StartAsync();
        using var client = LarkClient.ForBot(h.Client.Options, DemoData.AppId, "wrong-secret-value");

        var error = await Assert.ThrowsAsync<LarkException>(() => client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal((ErrorCategory.Config, ErrorSubtype.InvalidClient), (error.Category, error.Subtype));
        Assert.DoesNotContain("wrong-secret-value", error.Message + error.Hint, StringComparison.Ordinal);
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task App_without_message_scopes_gets_the_scope_hint()
    {
        await using var h = await EngineHarness.StartAsync();
        using var client = LarkClient.ForBot(h.Client.Options, DemoData.NoScopeAppId, DemoData.NoScopeAppSecret);

        var error = await Assert.ThrowsAsync<LarkException>(() => client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal(99991672, error.LarkCode);
        Assert.Equal(ErrorCategory.Authorization, error.Category);
        Assert.Contains("im:message", error.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oc_x", "file_x", "file", "om_")]
    [InlineData("om_x", "a/b", "file", "'/'")]
    [InlineData("om_x", "file_x", "video", "image")]
    public void Invalid_input_is_refused_naming_the_input(string messageId, string fileKey, string type, string reason)
    {
        var parsed = DownloadRequest.Parse(messageId, fileKey, type);
        Assert.Equal((ErrorCategory.Validation, ErrorSubtype.InvalidArgument), (parsed.Failure!.Category, parsed.Failure.Subtype));
        Assert.Contains(reason, parsed.Failure.Message.Render(LibraryVocabulary.Instance), StringComparison.Ordinal);
        Assert.NotNull(parsed.Failure.Input);
    }

    [Theory]
    [InlineData("img_v3_x", ResourceType.File, "use image")]
    [InlineData("file_v3_x", ResourceType.Image, "use file")]
    public async Task A_key_whose_prefix_names_the_other_type_is_refused_before_any_request(string fileKey, ResourceType type, string reason)
    {
        await using var h = await EngineHarness.StartAsync();
        var request = h.Request(DemoData.SmallFileMessageId, fileKey, type.ToWire() == "image" ? "file" : "image") with { Type = type };

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(request));

        Assert.Equal((ErrorCategory.Validation, InputField.ResourceType), (error.Category, error.Input));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }
}
