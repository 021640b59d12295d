using Lark.Resources.Export.Rules;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// The listing cursor: a message saved is never saved again; a message after the cursor is never skipped, and the
/// rerun's window (from <see cref="ExportCursor.ResumeSeconds"/>, inclusive, in seconds) reaches it.
/// </summary>
public class ExportCursorProperties
{
    // Messages as a listing gives them: oldest first, several in the same millisecond or second, ids unique.
    private static readonly Gen<(string Id, long Time)[]> Listing =
        Gen.Choose(0, 2_500).ListOf().Select(steps =>
        {
            var time = 1_717_300_000_000L;
            return steps.Select((step, i) => ($"om_{i}", time += step % 3 == 0 ? 0 : step)).ToArray();
        });

    private static ExportCursor Fold(IEnumerable<(string Id, long Time)> saved) =>
        saved.Aggregate(ExportCursor.Start, (cursor, m) => cursor.After(m.Id, m.Time));

    [Property(MaxTest = 2000)]
    public Property A_message_saved_is_never_saved_again() =>
        Prop.ForAll(Listing.ToArbitrary(), listing =>
        {
            var cursor = Fold(listing);
            Assert.All(listing, m => Assert.True(cursor.Saved(m.Id, m.Time), $"{m.Id} at {m.Time} would be saved twice"));
        });

    [Property(MaxTest = 2000)]
    public Property Messages_after_the_cursor_are_never_skipped() =>
        Prop.ForAll(Listing.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (listing, percent) =>
        {
            // The first run saved a prefix of the listing; the rerun lists from the resume second.
            var cut = listing.Length * percent / 100;
            var cursor = Fold(listing.Take(cut));
            foreach (var (id, time) in listing.Skip(cut))
            {
                Assert.False(cursor.Saved(id, time), $"{id} at {time} would be skipped");
                Assert.True(cursor.ResumeSeconds is null || time / 1000 >= cursor.ResumeSeconds, $"{id} at {time} is before the rerun's window");
            }
        });

    [Property(MaxTest = 1000)]
    public Property After_is_idempotent_and_ignores_the_past() =>
        Prop.ForAll(Listing.ToArbitrary(), listing =>
        {
            var cursor = Fold(listing);
            foreach (var (id, time) in listing)
                Assert.Equal(cursor.BoundaryIds, cursor.After(id, time).BoundaryIds);
            Assert.Equal(cursor.LastCreateTimeMs, Fold([.. listing, .. listing]).LastCreateTimeMs);
            Assert.Equal(cursor.BoundaryIds, Fold([.. listing, .. listing]).BoundaryIds);
        });

    [Fact]
    public void A_message_without_a_time_moves_nothing_and_is_never_skipped()
    {
        var cursor = ExportCursor.Start.After("om_1", 5_000).After("om_2", null);
        Assert.Equal(5_000, cursor.LastCreateTimeMs);
        Assert.False(cursor.Saved("om_2", null));
        Assert.True(cursor.Saved("om_1", 5_000));
        Assert.False(cursor.Saved("om_3", 5_000));
        Assert.Equal(5, cursor.ResumeSeconds);
    }
}
