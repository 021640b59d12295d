using System.Text;
using Lark.Resources.Rules.Batch;

namespace Lark.Resources.Properties.Batch;

public class SavedResourceIndexProperties
{
    private static readonly Gen<string> Ids = Gen.Elements("om_a", "om_b", "om_合并", "om_x-y_z");
    private static readonly Gen<string> Keys = Gen.Elements("img_v3_a", "file_v3_b", "file_v3_季度", "img_c.d");
    private static readonly Gen<string> Paths = Gen.Elements("a.png", "sub/b.pdf", "报告 (2).xlsx", "x", "d/e/f.bin");

    private static readonly Gen<SavedResource> Saved =
        from id in Ids
        from key in Keys
        from type in Gen.Elements("image", "file")
        from path in Paths
        from size in Gen.Choose(0, int.MaxValue).Select(n => (long)n * 3)
        from sha in Gen.ArrayOf(Gen.Elements("0123456789abcdef".ToCharArray()), 64).Select(c => new string(c))
        select new SavedResource(id, key, type, path, size, sha);

    private static SavedResourceIndex Build(SavedResource[] entries) => entries.Aggregate(SavedResourceIndex.Empty, (index, e) => index.With(e));

    [Property(MaxTest = 300)]
    public Property The_codec_round_trips() =>
        Prop.ForAll(Gen.ArrayOf(Saved).ToArbitrary(), entries =>
        {
            var index = Build(entries);
            var back = SavedResourceIndex.FromJson(index.ToJson());
            return back.Count == index.Count && index.Entries.All(e => back.Find(e.MessageId, e.FileKey) == e)
                && back.ToJson().AsSpan().SequenceEqual(index.ToJson());
        });

    [Property(MaxTest = 300)]
    public Property The_last_record_of_a_resource_wins() =>
        Prop.ForAll(Gen.ArrayOf(Saved).ToArbitrary(), entries =>
        {
            var index = Build(entries);
            return entries.GroupBy(e => (e.MessageId, e.FileKey)).All(g => index.Find(g.Key.MessageId, g.Key.FileKey) == g.Last())
                && index.Count == entries.Select(e => (e.MessageId, e.FileKey)).Distinct().Count();
        });

    [Property(MaxTest = 500)]
    public Property Reading_is_total_on_any_bytes(byte[] bytes) =>
        (SavedResourceIndex.FromJson(bytes ?? []) is { } index && index.Count >= 0).ToProperty();

    [Theory]
    [InlineData("""{"version":2,"resources":[]}""")]
    [InlineData("""{"version":1}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"version":1,"resources":[{"message_id":"om_a","file_key":"k","type":"file","path":"../escape","size":1,"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}]}""")]
    [InlineData("""{"version":1,"resources":[{"message_id":"om_a","file_key":"k","type":"file","path":"/abs","size":1,"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}]}""")]
    [InlineData("""{"version":1,"resources":[{"message_id":"om_a","file_key":"k","type":"video","path":"a","size":1,"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}]}""")]
    [InlineData("""{"version":1,"resources":[{"message_id":"om_a","file_key":"k","type":"file","path":"a","size":-1,"sha256":"0000000000000000000000000000000000000000000000000000000000000000"}]}""")]
    [InlineData("""{"version":1,"resources":[{"message_id":"om_a","file_key":"k","type":"file","path":"a","size":1,"sha256":"short"}]}""")]
    public void Damaged_or_unsafe_entries_are_no_entries(string json) =>
        Assert.Equal(0, SavedResourceIndex.FromJson(Encoding.UTF8.GetBytes(json)).Count);

    [Property]
    public Property Reusable_exactly_when_present_with_the_recorded_size(long recorded, long? present)
    {
        var saved = new SavedResource("om_a", "k", "file", "a", Math.Abs(recorded), new string('0', 64));
        return (SavedResourceIndex.Reusable(saved, present) == (present == saved.Size)).ToProperty();
    }

    private static byte[] Journal(IEnumerable<SavedResource> entries) => [.. entries.SelectMany(SavedResourceIndex.JournalLine)];

    private static bool Same(SavedResourceIndex a, SavedResourceIndex b) => a.ToJson().AsSpan().SequenceEqual(b.ToJson());

    [Property(MaxTest = 300)]
    public Property A_journal_replayed_onto_a_snapshot_is_the_index_it_recorded() =>
        Prop.ForAll(Gen.ArrayOf(Saved).ToArbitrary(), Gen.ArrayOf(Saved).ToArbitrary(), (before, after) =>
        {
            var snapshot = SavedResourceIndex.FromJson(Build(before).ToJson());
            return Same(snapshot.Replay(Journal(after)), Build([.. before, .. after]));
        });

    [Property(MaxTest = 300)]
    public Property A_journal_cut_at_any_byte_gives_the_index_of_its_complete_lines() =>
        Prop.ForAll(Gen.NonEmptyListOf(Saved).Select(l => l.ToArray()).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (entries, at) =>
        {
            var journal = Journal(entries);
            var cut = at % (journal.Length + 1);
            var complete = entries.TakeWhile((_, i) => Journal(entries.Take(i + 1)).Length <= cut).ToArray();
            return Same(SavedResourceIndex.Empty.Replay(journal.AsSpan(0, cut)), Build(complete));
        });

    [Property(MaxTest = 300)]
    public Property Replaying_again_changes_nothing() =>
        Prop.ForAll(Gen.ArrayOf(Saved).ToArbitrary(), entries =>
        {
            var once = SavedResourceIndex.Empty.Replay(Journal(entries));
            return Same(once.Replay(Journal(entries)), once);
        });

    [Property(MaxTest = 500)]
    public Property Replaying_is_total_on_any_bytes(byte[] bytes) =>
        (SavedResourceIndex.Empty.Replay(bytes ?? []) is { } index && index.Count >= 0).ToProperty();

    [Fact]
    public void A_damaged_line_is_skipped_and_the_lines_around_it_count()
    {
        var a = new SavedResource("om_a", "k1", "file", "a", 1, new string('0', 64));
        var b = new SavedResource("om_b", "k2", "image", "b.png", 2, new string('1', 64));
        byte[] journal = [.. SavedResourceIndex.JournalLine(a), .. "{\"message_id\":\"om_c\",\"fi"u8, (byte)'\n', .. "\n"u8, .. SavedResourceIndex.JournalLine(b)];

        var index = SavedResourceIndex.Empty.Replay(journal);

        Assert.Equal((2, a, b), (index.Count, index.Find("om_a", "k1"), index.Find("om_b", "k2")));
    }
}
