using System.Security.Cryptography;
using System.Text;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

public sealed class ResourceTests
{
    [Fact]
    public async Task Image_is_a_valid_png_with_its_content_type_and_no_disposition()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.ImageMessageId, DemoData.ImageKey, "image");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(DemoData.GradientPng.ToArray(), bytes);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(response.Headers.Contains("X-Tt-Logid"));
    }

    [Theory]
    [InlineData(DemoData.SmallFileMessageId, DemoData.SmallFileKey, DemoData.SmallFileSeed, DemoData.SmallFileSize)]
    [InlineData(DemoData.AudioMessageId, DemoData.AudioKey, DemoData.AudioSeed, DemoData.AudioSize)]
    [InlineData(DemoData.MediaMessageId, DemoData.MediaFileKey, DemoData.MediaFileSeed, DemoData.MediaFileSize)]
    [InlineData(DemoData.PostMessageId, DemoData.PostMediaKey, DemoData.PostMediaSeed, DemoData.PostMediaSize)]
    [InlineData(DemoData.MergeForwardMessageId, DemoData.MergedFileKey, DemoData.MergedFileSeed, DemoData.MergedFileSize)]
    public async Task Generated_files_match_the_oracle(string messageId, string key, long seed, long size)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), messageId, key);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(size, response.Content.Headers.ContentLength);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ResourceBytes.Get(seed, 0, (int)size), bytes);
        Assert.Equal(ResourceBytes.ComputeSha256(seed, size), SHA256.HashData(bytes));
    }

    [Theory]
    [InlineData(DemoData.MediaMessageId, DemoData.MediaCoverKey)]
    [InlineData(DemoData.PostMessageId, DemoData.PostImageKey)]
    [InlineData(DemoData.MergeForwardMessageId, DemoData.MergedImageKey)]
    public async Task Images_of_media_posts_and_merge_forwards_download_as_png(string messageId, string key)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), messageId, key, "image");
        Assert.Equal(200, (int)response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(0x89, bytes[0]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
    }

    [Fact]
    public async Task Content_disposition_carries_the_raw_utf8_name()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.LargeFileMessageId, DemoData.LargeFileKey, range: "bytes=0-0");
        Assert.Equal(206, (int)response.StatusCode);
        var header = Assert.Single(response.Content.Headers.GetValues("Content-Disposition"));
        // HttpClient decodes header bytes as Latin-1: re-encoding gives back the bytes on the wire.
        var wire = Encoding.Latin1.GetBytes(header);
        var expected = Encoding.UTF8.GetBytes($"attachment; filename=\"{DemoData.LargeFileName}\"");
        Assert.Equal(expected, wire);
        Assert.DoesNotContain("filename*", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ascii_name_and_missing_name()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        using var named = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        Assert.Equal(DemoData.SmallFileName, named.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal("attachment", named.Content.Headers.ContentDisposition.DispositionType);
        using var unnamed = await h.GetResourceAsync(token, DemoData.NoNameFileMessageId, DemoData.NoNameFileKey);
        Assert.Equal(200, (int)unnamed.StatusCode);
        Assert.False(unnamed.Content.Headers.Contains("Content-Disposition"));
    }

    [Theory]
    [InlineData("bytes=0-131071", 0, 131071)]
    [InlineData("bytes=131072-8519679", 131072, 8519679)]
    [InlineData("bytes=20971000-", 20971000, DemoData.LargeFileSize - 1)]
    [InlineData("bytes=-100", DemoData.LargeFileSize - 100, DemoData.LargeFileSize - 1)]
    [InlineData("bytes=20983800-99999999", 20983800, DemoData.LargeFileSize - 1)]
    public async Task Range_answers_206_with_the_exact_bytes(string range, long first, long last)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.LargeFileMessageId, DemoData.LargeFileKey, range: range);
        Assert.Equal(206, (int)response.StatusCode);
        var contentRange = response.Content.Headers.ContentRange!;
        Assert.Equal(first, contentRange.From);
        Assert.Equal(last, contentRange.To);
        Assert.Equal(DemoData.LargeFileSize, contentRange.Length);
        Assert.Equal(last - first + 1, response.Content.Headers.ContentLength);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(ResourceBytes.Get(DemoData.LargeFileSeed, first, (int)(last - first + 1)), bytes);
    }

    [Theory]
    [InlineData("bytes=20983865-")]
    [InlineData("bytes=99999999-100000000")]
    [InlineData("bytes=-0")]
    public async Task Unsatisfiable_range_answers_416_with_the_total(string range)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.LargeFileMessageId, DemoData.LargeFileKey, range: range);
        Assert.Equal(416, (int)response.StatusCode);
        Assert.Equal($"bytes */{DemoData.LargeFileSize}", Assert.Single(response.Content.Headers.GetValues("Content-Range")));
    }

    [Theory]
    [InlineData("bytes=0-")]
    [InlineData("bytes=0-0")]
    [InlineData("bytes=-5")]
    public async Task Empty_file_answers_416_with_zero_total_for_any_range(string range)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.EmptyFileMessageId, DemoData.EmptyFileKey, range: range);
        Assert.Equal(416, (int)response.StatusCode);
        Assert.Equal("bytes */0", Assert.Single(response.Content.Headers.GetValues("Content-Range")));
    }

    [Fact]
    public async Task Empty_file_without_range_answers_200_with_no_bytes()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.EmptyFileMessageId, DemoData.EmptyFileKey);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=0-1,5-6")]
    [InlineData("items=0-5")]
    [InlineData("bytes=9-3")]
    public async Task Ranges_the_server_does_not_do_are_ignored_with_a_200(string range)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, DemoData.SmallFileKey, range: range);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.SmallFileSize, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Resource_from_a_file_on_disk_is_streamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lark-emulator-{Guid.NewGuid():N}.bin");
        var content = ResourceBytes.Get(99, 0, 200_000);
        await File.WriteAllBytesAsync(path, content);
        try
        {
            var fixture = DemoData.Fixture;
            fixture.Resources.Add(new FixtureResource { MessageId = DemoData.SmallFileMessageId, FileKey = "file_v3_disk", Path = path, FileName = "disk.bin" });
            await using var h = await EmulatorHarness.StartAsync(new Lark.Emulator.EmulatorOptions { Fixture = fixture });
            using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, "file_v3_disk", range: "bytes=100000-");
            Assert.Equal(206, (int)response.StatusCode);
            Assert.Equal(content[100000..], await response.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ResourceBytes_fill_at_any_offset_agrees_with_the_prefix()
    {
        var whole = ResourceBytes.Get(42, 0, 1000);
        for (var offset = 0; offset < 50; offset++)
        {
            Assert.Equal(whole[offset..(offset + 37)], ResourceBytes.Get(42, offset, 37));
        }

        Assert.NotEqual(whole, ResourceBytes.Get(43, 0, 1000));
        Assert.Equal(SHA256.HashData(whole), ResourceBytes.ComputeSha256(42, 1000));
    }
}
