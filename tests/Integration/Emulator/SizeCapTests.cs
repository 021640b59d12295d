using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>Lark refuses resources over 100 MB with 234037; generated resources make the sizes free.</summary>
public sealed class SizeCapTests
{
    private const string Key = "file_v3_sized";
    private const long Seed = 5;

    private static async Task<EmulatorHarness> StartWithSizeAsync(long size)
    {
        var fixture = DemoData.Fixture;
        fixture.Resources.Add(new FixtureResource { MessageId = DemoData.SmallFileMessageId, FileKey = Key, Seed = Seed, Size = size, FileName = "sized.bin" });
        return await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture });
    }

    [Fact]
    public void The_cap_is_100_MiB()
    {
        Assert.Equal(104_857_600, FixtureResource.MaxSize);
    }

    [Theory]
    [InlineData(100_000_000)] // the benchmark's largest resource
    [InlineData(FixtureResource.MaxSize)]
    public async Task Resources_up_to_the_cap_are_served(long size)
    {
        await using var h = await StartWithSizeAsync(size);
        var token = await h.TenantTokenAsync();
        using var response = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, Key, range: "bytes=-16");
        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(size, response.Content.Headers.ContentRange!.Length);
        Assert.Equal(ResourceBytes.Get(Seed, size - 16, 16), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bytes=0-131071")]
    public async Task One_byte_over_the_cap_answers_234037_whatever_the_range(string? range)
    {
        await using var h = await StartWithSizeAsync(FixtureResource.MaxSize + 1);
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, Key, range: range);
        await EmulatorHarness.ReadErrorAsync(response, 234037, 400);
    }

    [Fact]
    public async Task The_size_check_comes_before_faults_which_stay_unconsumed()
    {
        await using var h = await StartWithSizeAsync(FixtureResource.MaxSize + 1);
        var rule = new FaultRule { FileKey = Key, Kind = FaultKind.Status, StatusCode = 503, Count = 1 };
        h.Emulator.Faults.Add(rule);
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, Key);
        await EmulatorHarness.ReadErrorAsync(response, 234037, 400);
        Assert.Equal(1, rule.Remaining);
    }

    [Fact]
    public async Task The_demo_too_big_resource_is_refused_by_its_size_alone()
    {
        var resource = DemoData.Fixture.Resources.Single(r => r.FileKey == DemoData.TooBigKey);
        Assert.Null(resource.ErrorCode);
        Assert.Equal(DemoData.TooBigSize, resource.Size);
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.TooBigMessageId, DemoData.TooBigKey);
        await EmulatorHarness.ReadErrorAsync(response, 234037, 400);
    }
}
