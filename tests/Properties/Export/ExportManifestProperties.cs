using System.Text;
using Lark.Resources.Export.Rules;
using Lark.Resources.Properties.Messages;
using static Lark.Resources.Properties.Export.ExportGenerators;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// The manifest's codec: a round trip keeps everything; reading is total on any bytes; recording a resource twice is
/// recording it once; an "ok" without its size and hash is read as pending; an entry with an unsafe path is no entry.
/// </summary>
public class ExportManifestProperties
{
    // Text a manifest holds: anything but lone surrogates (every string the export records was decoded from JSON, which repairs them).
    private static readonly Gen<string> Text = UserText.Select(s => new string(s.Where(c => !char.IsSurrogate(c)).ToArray()));

    private static readonly Gen<ExportSource> Sources = Gen.OneOf(
        from chat in Gen.Elements("oc_1", "oc_demo0000000001")
        from start in Gen.Elements<long?>(null, 0, 1_717_300_000)
        from end in Gen.Elements<long?>(null, 1_800_000_000)
        select (ExportSource)new ExportSource.Chat(chat, start, end),
        Gen.Elements("omt_1", "om_1").Select(t => (ExportSource)new ExportSource.Thread(t)),
        Gen.Elements("om_1", "om_2", "om_3").NonEmptyListOf().Select(ids => (ExportSource)new ExportSource.Messages([.. ids])));

    private static readonly Gen<ExportError?> Errors = Gen.OneOf(
        Gen.Constant<ExportError?>(null),
        from message in Text
        from code in Gen.Elements<int?>(null, 234002, -1, int.MaxValue)
        select (ExportError?)new ExportError("authorization", "permission_denied", code, message, "hint " + message));

    internal static readonly Gen<ExportedResource> Resource =
        from id in Gen.Elements("om_1", "om_2", "om_3")
        from key in Keys
        from type in Gen.Elements("image", "file")
        from name in Gen.Frequency((1, Gen.Constant("")), (6, SafeNames.Select(n => "resources/" + n)))
        from status in Gen.Elements(ResourceStatus.Pending, ResourceStatus.Ok, ResourceStatus.Failed)
        from size in Gen.Choose(0, int.MaxValue).Select(s => (long)s * 3)
        from sha in Gen.Elements("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", new string('f', 64))
        from error in Errors
        select new ExportedResource(id, key, type, name, status)
        {
            Size = status == ResourceStatus.Ok || size % 2 == 0 ? size : null,
            Sha256 = status == ResourceStatus.Ok || size % 3 == 0 ? sha : null,
            Error = status == ResourceStatus.Failed ? error : null,
        };

    internal static readonly Gen<ExportManifest> Manifests =
        from source in Sources
        from identity in Gen.Elements("bot", "user")
        from title in Text
        from created in Gen.Choose(0, int.MaxValue).Select(s => DateTimeOffset.FromUnixTimeSeconds(s).AddTicks(s % 10_000_000))
        from last in Gen.Elements<long?>(null, 0, 1_717_300_000_123)
        from boundary in Gen.Elements("om_1", "om_2", "om_3").ListOf()
        from messages in Gen.Choose(0, int.MaxValue)
        from complete in ArbMap.Default.GeneratorFor<bool>()
        from resources in Resource.ListOf()
        select new ExportManifest
        {
            Source = source,
            Identity = identity,
            Title = title,
            CreatedAt = created,
            UpdatedAt = created.AddSeconds(messages % 1000),
            Cursor = new ExportCursor(last, [.. boundary]),
            Messages = messages,
            Complete = complete,
            Resources = [.. resources],
        };

    [Property(MaxTest = 1000)]
    public Property The_codec_round_trips() =>
        Prop.ForAll(Manifests.ToArbitrary(), manifest =>
        {
            var json = manifest.ToJson();
            var read = ExportManifest.FromJson(json);
            Assert.NotNull(read);
            Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(read.ToJson()));
            Assert.Equal(manifest.Source, read.Source);
            Assert.Equal(manifest.Resources.Count, read.Resources.Count);
            Assert.Equal(manifest.Title, read.Title);
            Assert.Equal(manifest.CreatedAt, read.CreatedAt);
            Assert.Equal(manifest.Cursor.LastCreateTimeMs, read.Cursor.LastCreateTimeMs);
            Assert.Equal(manifest.Cursor.BoundaryIds, read.Cursor.BoundaryIds);
            Assert.Equal(manifest.Resources, read.Resources);
        });

    private static readonly Gen<byte[]> AnyBytes = Gen.OneOf(
        ArbMap.Default.GeneratorFor<byte[]>(),
        HostileJson.Any.Select(Encoding.UTF8.GetBytes),
        HostileJson.Value(5).Select(v => Encoding.UTF8.GetBytes("{\"version\":1,\"source\":{\"kind\":\"chat\",\"chat_id\":\"oc_1\"},\"cursor\":" + v + ",\"counts\":" + v + ",\"resources\":[" + v + "," + v + "],\"identity\":" + v + "}")),
        // A true manifest, damaged: a byte changed, or cut short.
        from manifest in Manifests
        from at in Gen.Choose(0, 1_000_000)
        from value in Gen.Choose(0, 255)
        from cut in ArbMap.Default.GeneratorFor<bool>()
        select Damage(manifest.ToJson(), at, (byte)value, cut));

    private static byte[] Damage(byte[] json, int at, byte value, bool cut)
    {
        var i = at % json.Length;
        if (cut)
            return json[..i];
        var copy = (byte[])json.Clone();
        copy[i] = value;
        return copy;
    }

    [Property(MaxTest = 3000)]
    public Property Reading_is_total_on_any_bytes() =>
        Prop.ForAll(AnyBytes.ToArbitrary(), bytes =>
        {
            var read = ExportManifest.FromJson(bytes);
            // Whatever it reads, it can write again and read back the same.
            return read is null || Encoding.UTF8.GetString(ExportManifest.FromJson(read.ToJson())!.ToJson()) == Encoding.UTF8.GetString(read.ToJson());
        });

    [Property(MaxTest = 1000)]
    public Property Recording_a_resource_is_idempotent() =>
        Prop.ForAll(Manifests.ToArbitrary(), Resource.ToArbitrary(), (manifest, resource) =>
        {
            var once = manifest.With(resource);
            var twice = once.With(resource);
            Assert.Equal(Encoding.UTF8.GetString(once.ToJson()), Encoding.UTF8.GetString(twice.ToJson()));
            Assert.Equal(resource, once.Find(resource.MessageId, resource.Key));
            Assert.Equal(manifest.Resources.Count + (manifest.Find(resource.MessageId, resource.Key) is null ? 1 : 0), once.Resources.Count);
        });

    [Property(MaxTest = 500)]
    public Property Recording_changes_only_that_resource() =>
        Prop.ForAll(Manifests.ToArbitrary(), Resource.ToArbitrary(), (manifest, resource) =>
        {
            var after = manifest.With(resource);
            foreach (var other in manifest.Resources.Where(r => (r.MessageId, r.Key) != (resource.MessageId, resource.Key)))
                Assert.Equal(manifest.Find(other.MessageId, other.Key), after.Find(other.MessageId, other.Key));
        });

    private static string ManifestWith(string resource) =>
        "{\"version\":1,\"source\":{\"kind\":\"chat\",\"chat_id\":\"oc_1\"},\"identity\":\"bot\",\"resources\":[" + resource +
        ",{\"message_id\":\"om_2\",\"key\":\"file_v3_b\",\"type\":\"file\",\"path\":\"resources/b.pdf\",\"status\":\"pending\"}]}";

    [Theory]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\"}")]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"size\":5}")]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}")]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"size\":-1,\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}")]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"size\":5,\"sha256\":\"short\"}")]
    [InlineData("{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"size\":\"5\",\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}")]
    public void An_ok_without_its_size_and_hash_is_pending(string resource)
    {
        var manifest = ExportManifest.FromJson(Encoding.UTF8.GetBytes(ManifestWith(resource)));
        Assert.Equal(ResourceStatus.Pending, manifest!.Find("om_1", "file_v3_a")!.Status);
    }

    [Fact]
    public void An_ok_with_its_size_and_hash_is_ok()
    {
        var manifest = ExportManifest.FromJson(Encoding.UTF8.GetBytes(ManifestWith(
            "{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":\"resources/a.pdf\",\"status\":\"ok\",\"size\":0,\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}")));
        Assert.Equal(ResourceStatus.Ok, manifest!.Find("om_1", "file_v3_a")!.Status);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("resources/../x")]
    [InlineData("resources/../../etc/passwd")]
    [InlineData("resources/a/b.pdf")]
    [InlineData("resources/")]
    [InlineData("resources/.hidden")]
    [InlineData("resources/con")]
    [InlineData("resources/a\u202Eb.pdf")]
    [InlineData("resources\\a.pdf")]
    [InlineData("/etc/passwd")]
    [InlineData("manifest.json")]
    [InlineData("transcript.md")]
    [InlineData("resources/.lark-resources.json")]
    public void An_entry_with_an_unsafe_path_is_no_entry(string path)
    {
        var manifest = ExportManifest.FromJson(Encoding.UTF8.GetBytes(ManifestWith(
            "{\"message_id\":\"om_1\",\"key\":\"file_v3_a\",\"type\":\"file\",\"path\":" + HostileJson.JsonEscape(path) + ",\"status\":\"ok\",\"size\":1,\"sha256\":\"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"}")));
        Assert.NotNull(manifest);
        Assert.Null(manifest.Find("om_1", "file_v3_a"));
        Assert.NotNull(manifest.Find("om_2", "file_v3_b"));
    }
}
