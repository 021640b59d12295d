using Lark.Resources.Export.Rules;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// When the manifest is written after resources finish: after each one in a small export; in a large one, never more
/// than 1% waiting, and fewer than 200 writes whatever its size, so the bytes written stay linear in the resources.
/// </summary>
public class ManifestSavingProperties
{
    // The writes an export of n resources makes when each finishes in turn, and the most that waited at once.
    private static (int Writes, int MostWaiting) Simulate(int resources)
    {
        var (writes, unsaved, most) = (0, 0, 0);
        for (var i = 0; i < resources; i++)
        {
            unsaved++;
            most = Math.Max(most, unsaved);
            if (ManifestSaving.Due(unsaved, resources))
            {
                writes++;
                unsaved = 0;
            }
        }

        return (writes, most);
    }

    [Property(MaxTest = 300)]
    public Property Below_two_hundred_resources_every_change_is_written_at_once() =>
        Prop.ForAll(Gen.Choose(0, 199).ToArbitrary(), resources => Assert.Equal(resources, Simulate(resources).Writes));

    [Property(MaxTest = 300)]
    public Property At_most_one_percent_waits_and_fewer_than_two_hundred_writes_in_a_large_export() =>
        Prop.ForAll(Gen.Choose(200, 200_000).ToArbitrary(), resources =>
        {
            var (writes, most) = Simulate(resources);
            Assert.True(most <= Math.Max(1, resources / 100), $"{most} waited of {resources}");
            Assert.InRange(writes, 1, 199);
        });

    [Property(MaxTest = 500)]
    public Property Total_on_any_counts(int unsaved, int resources) =>
        (ManifestSaving.Due(unsaved, resources) == (unsaved >= Math.Max(1, (long)Math.Max(0, resources) / 100))).ToProperty();

    [Fact]
    public void One_change_is_always_due_in_an_export_of_one_resource() => Assert.True(ManifestSaving.Due(1, 1));
}
