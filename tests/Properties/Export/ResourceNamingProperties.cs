using Lark.Resources.Export.Rules;
using Lark.Resources.Rules.Names;
using static Lark.Resources.Properties.Export.ExportGenerators;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// Resource names are safe (a fixed point of <see cref="SafeFileName"/>), injective given the names taken (never the
/// same name twice, compared case-insensitively), and stable: a name in the manifest is never changed by a rerun.
/// </summary>
public class ResourceNamingProperties
{
    private static readonly Gen<(string? Name, string Key)[]> Resources =
        Gen.Zip(HostileFileNames, Keys).ListOf().Select(l => l.ToArray());

    private static bool IsSafe(string name) => name.Length > 0 && SafeFileName.From(name) is { IsOk: true } safe && safe.Value == name;

    [Property(MaxTest = 2000)]
    public Property A_name_is_safe_and_not_taken() =>
        Prop.ForAll(HostileFileNames.ToArbitrary(), Keys.ToArbitrary(), Gen.OneOf(HostileFileNames, Keys.Select(k => (string?)k)).ListOf().ToArbitrary(), (name, key, takenNames) =>
        {
            var taken = takenNames.Select(t => ResourceNaming.Comparable(SafeFileName.From(t).ValueOr(key))).ToHashSet(StringComparer.Ordinal);
            var chosen = ResourceNaming.Choose(name, key, taken);
            Assert.True(IsSafe(chosen), $"unsafe name \"{chosen}\"");
            Assert.DoesNotContain(ResourceNaming.Comparable(chosen), taken);
        });

    [Property(MaxTest = 1000)]
    public Property Names_chosen_one_after_another_never_collide_case_insensitively() =>
        Prop.ForAll(Resources.ToArbitrary(), resources =>
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, key) in resources)
            {
                var chosen = ResourceNaming.Choose(name, key, taken);
                Assert.True(IsSafe(chosen), $"unsafe name \"{chosen}\"");
                Assert.True(taken.Add(ResourceNaming.Comparable(chosen)), $"\"{chosen}\" given twice");
            }
        });

    [Fact]
    public void Long_names_that_collide_get_distinct_names_even_for_the_same_key()
    {
        // A name that fills 255 bytes leaves no room for " (2)": the suffix must not be cut off again.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var name = new string('a', 300) + ".pdf";
        for (var i = 0; i < 4; i++)
        {
            var chosen = ResourceNaming.Choose(name, "file_v3_same", taken);
            Assert.True(IsSafe(chosen), chosen);
            Assert.True(taken.Add(ResourceNaming.Comparable(chosen)), $"\"{chosen}\" given twice");
            Assert.EndsWith(".pdf", chosen, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("../x", "x")]
    [InlineData("..\\..\\x.txt", "x.txt")]
    [InlineData("con", "_con")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("bell\u0007\u202Egnp.exe", "bellgnp.exe")]
    [InlineData("", "file_v3_k")]
    [InlineData(null, "file_v3_k")]
    [InlineData("..", "file_v3_k")]
    [InlineData("\u200B\u202E", "file_v3_k")]
    public void Hostile_names_become_safe_names(string? name, string expected) =>
        Assert.Equal(expected, ResourceNaming.Choose(name, "file_v3_k", new HashSet<string>()));

    [Fact]
    public void A_very_long_name_fits_a_file_name_and_keeps_its_extension()
    {
        var chosen = ResourceNaming.Choose(new string('长', 200) + ".xlsx", "file_v3_k", new HashSet<string>());
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(chosen) <= 255);
        Assert.EndsWith(".xlsx", chosen, StringComparison.Ordinal);
        // Without an extension, room is left for the one the download adds.
        var bare = ResourceNaming.Choose(new string('b', 300), "file_v3_k", new HashSet<string>());
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(bare) + Extension.MaxLength + 1 <= 255);
    }

    [Fact]
    public void A_name_without_an_extension_and_the_same_name_with_one_never_meet()
    {
        // An image named by its key is saved with the extension its answer gives: img_v3_k.png.
        var taken = new HashSet<string>(StringComparer.Ordinal) { ResourceNaming.Comparable("img_v3_k") };
        Assert.Equal("img_v3_k (2).png", ResourceNaming.Choose("img_v3_k.png", "file_v3_a", taken));
        taken = [ResourceNaming.Comparable("img_v3_k.png")];
        Assert.Equal("img_v3_k (2)", ResourceNaming.Choose(null, "img_v3_k", taken));
    }

    [Fact]
    public void Collisions_are_numbered_case_insensitively()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { ResourceNaming.Comparable("report.pdf"), ResourceNaming.Comparable("Report (2).PDF") };
        Assert.Equal("REPORT (3).pdf", ResourceNaming.Choose("REPORT.pdf", "file_v3_k", taken));
    }

    // The export's naming flow: a resource the manifest knows keeps its entry; a new one is named against the names taken.
    private static ExportManifest NameAll(ExportManifest manifest, IEnumerable<(string? Name, string Key, string MessageId)> resources)
    {
        var taken = manifest.TakenNames().ToHashSet(StringComparer.Ordinal);
        foreach (var (name, key, messageId) in resources)
        {
            if (manifest.Find(messageId, key) is not null)
                continue;
            var chosen = ResourceNaming.Choose(name, key, taken);
            taken.Add(ResourceNaming.Comparable(chosen));
            manifest = manifest.With(new ExportedResource(messageId, key, key.StartsWith("img", StringComparison.Ordinal) ? "image" : "file", "resources/" + chosen, ResourceStatus.Pending));
        }

        return manifest;
    }

    private static readonly Gen<(string? Name, string Key, string MessageId)[]> Listed =
        Gen.Zip(Gen.Zip(HostileFileNames, Keys), Gen.Elements("om_1", "om_2", "om_3", "om_4")).Select(t => (t.Item1.Item1, t.Item1.Item2, t.Item2)).ListOf().Select(l => l.ToArray());

    [Property(MaxTest = 500)]
    public Property Names_in_the_manifest_never_change_across_reruns_and_never_collide() =>
        Prop.ForAll(Listed.ToArbitrary(), Listed.ToArbitrary(), Gen.Elements(".png", ".jpg", "").ToArbitrary(), (first, second, extension) =>
        {
            var empty = new ExportManifest { Source = new ExportSource.Chat("oc_1"), Identity = "bot" };
            var once = NameAll(empty, first);
            // A download may add an extension to a name without one (an image named by its key): recorded as saved.
            var saved = once;
            foreach (var r in once.Resources.Where(r => Extension.Of(r.Path).Length == 0))
                saved = saved.With(r with { Path = "resources/" + SafeFileName.From(r.Path["resources/".Length..] + extension).Value, Status = ResourceStatus.Ok, Size = 1, Sha256 = new string('a', 64) });
            var reread = ExportManifest.FromJson(saved.ToJson())!;
            var twice = NameAll(reread, [.. first, .. second]);

            foreach (var r in saved.Resources)
                Assert.Equal(r.Path, twice.Find(r.MessageId, r.Key)!.Path);
            var names = twice.Resources.Select(r => ResourceNaming.Comparable(r.Path)).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
            // Every name survives the manifest's codec (an unsafe path would be dropped as no entry).
            Assert.Equal(twice.Resources.Count, ExportManifest.FromJson(twice.ToJson())!.Resources.Count);
        });
}
