using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public class SaveNameProperties
{
    [Fact]
    public void Output_wins_over_everything()
    {
        var output = OutputPath.Parse("out/photo.png").Value;
        Assert.Equal(new SaveName("out/photo.png", NameSource.Output, false), SaveName.Choose(output, "server.jpg", "img_x", "image/jpeg"));
    }

    [Fact]
    public void Output_without_extension_gets_one_from_content_type()
    {
        var output = OutputPath.Parse("photo").Value;
        Assert.Equal(new SaveName("photo.jpg", NameSource.Output, true), SaveName.Choose(output, null, "img_x", "image/jpeg"));
    }

    [Fact]
    public void Disposition_name_is_made_safe()
    {
        Assert.Equal(new SaveName("passwd", NameSource.ContentDisposition, false), SaveName.Choose(null, "../../etc/passwd", "file_x", "application/octet-stream"));
    }

    [Fact]
    public void File_key_is_the_last_resort_with_an_inferred_extension()
    {
        Assert.Equal(new SaveName("img_v3_abc.png", NameSource.FileKey, true), SaveName.Choose(null, "..", "img_v3_abc", "image/png"));
        Assert.Equal(new SaveName("file_v3_abc", NameSource.FileKey, false), SaveName.Choose(null, null, "file_v3_abc", "application/octet-stream"));
    }

    [Property(MaxTest = 500)]
    public Property Chosen_names_without_output_are_single_safe_segments() =>
        Prop.ForAll(SafeFileNameProperties.HostileNames.ToArbitrary(), Gen.Elements("image/png", "application/pdf", null, "x/y").ToArbitrary(), (name, type) =>
        {
            var chosen = SaveName.Choose(null, name, "file_key_1", type);
            return SafeFileName.From(chosen.Relative) == Rules.Result<string>.Ok(chosen.Relative);
        });
}
