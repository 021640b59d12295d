using System.Buffers;
using System.Security.Cryptography;
using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>The large-chat generator for benchmarks: exact counts, the same chat every time, and no bytes held.</summary>
[Collection(SerialGroup.Name)]
public sealed class LargeChatTests
{
    [Theory]
    [InlineData("5000:300", 5000, 300)]
    [InlineData("2000", 2000, 200)]
    [InlineData("7:7", 7, 7)]
    [InlineData("10:0", 10, 0)]
    public void The_spec_reads_messages_and_resources(string text, int messages, int resources)
    {
        Assert.True(LargeChatSpec.TryParse(text, out var spec, out _));
        Assert.Equal(new LargeChatSpec(messages, resources), spec);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("10:11")]
    [InlineData("1:2:3")]
    [InlineData("200001")]
    [InlineData("many")]
    public void A_bad_spec_is_refused_with_a_reason(string text)
    {
        Assert.False(LargeChatSpec.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void The_chat_has_exactly_the_messages_and_resources_asked_and_is_valid()
    {
        var fixture = DemoData.Fixture;
        var before = (Messages: fixture.Messages.Count, Resources: fixture.Resources.Count);
        var info = LargeChat.AddTo(fixture, new LargeChatSpec(5000, 301));
        fixture.Validate();
        var messages = fixture.Messages.Where(m => m.ChatId == LargeChat.ChatId).ToList();
        Assert.Equal(5000, messages.Count);
        Assert.Equal(5000, info.Messages);
        Assert.Equal(before.Messages + 5000, fixture.Messages.Count);
        Assert.Equal(301, fixture.Resources.Count - before.Resources);
        Assert.Equal(301, info.Resources);
        Assert.Equal(100, info.Threads);
        Assert.Equal(messages.Count(m => m.RootId is null), info.TopLevelMessages);
        Assert.InRange(info.SmallestResourceBytes, 50_000, 80_000);
        Assert.InRange(info.LargestResourceBytes, 10_000_000, 40_000_000);
        Assert.Contains(messages, m => m.MsgType == "image");
        Assert.Contains(messages, m => m.MsgType == "media");
        Assert.Contains(messages, m => m.Content?["file_name"]?.ToString().Any(c => c > 0x2E80) == true);
    }

    [Fact]
    public void The_same_size_gives_the_same_chat()
    {
        static string Generate()
        {
            var fixture = DemoData.Fixture;
            LargeChat.AddTo(fixture, new LargeChatSpec(1200, 90));
            return fixture.ToJson();
        }

        Assert.Equal(Generate(), Generate());
    }

    [Fact]
    public void Gigabytes_of_resources_cost_only_their_entries()
    {
        var fixture = DemoData.Fixture;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var info = LargeChat.AddTo(fixture, new LargeChatSpec(5000, 500));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(info.TotalResourceBytes > 2_000_000_000L, $"{info.TotalResourceBytes:N0} bytes of resources");
        Assert.All(fixture.Resources.Where(r => r.MessageId.StartsWith("om_large_", StringComparison.Ordinal)), r =>
        {
            Assert.NotNull(r.Seed);
            Assert.Null(r.Base64);
            Assert.Null(r.Path);
        });
        Assert.True(after - before < 16L * 1024 * 1024, $"the fixture grew the heap by {after - before:N0} bytes");
        GC.KeepAlive(fixture);
    }

    [Fact]
    public async Task The_emulator_lists_the_chat_to_the_end_and_serves_its_resources()
    {
        var fixture = DemoData.Fixture;
        var info = LargeChat.AddTo(fixture, new LargeChatSpec(2000, 120));
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture, RateLimit = new() { Enabled = false } });
        var token = await h.TenantTokenAsync();
        var (items, pages) = await h.ListAllAsync($"container_id_type=chat&container_id={LargeChat.ChatId}&page_size=50", token);
        Assert.Equal(info.TopLevelMessages, items.Count);
        Assert.Equal((info.TopLevelMessages + 49) / 50, pages);
        var (thread, _) = await h.ListAllAsync($"container_id_type=thread&container_id=omt_large_0000010", token);
        Assert.Equal(4, thread.Count);

        var largest = fixture.Resources.Where(r => r.MessageId.StartsWith("om_large_", StringComparison.Ordinal)).MaxBy(r => r.Size)!;
        using var response = await h.GetAsync(EmulatorHarness.ResourcePath(largest.MessageId, largest.FileKey, "file"), token, completion: HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(largest.Size, response.Content.Headers.ContentLength);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using (var stream = await response.Content.ReadAsStreamAsync())
        {
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, n);
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }

        Assert.Equal(ResourceBytes.ComputeSha256(largest.Seed!.Value, largest.Size), hash.GetHashAndReset());
    }
}
