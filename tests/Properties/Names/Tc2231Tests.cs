using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public sealed class Tc2231Tests
{
    [Theory]
    [MemberData(nameof(Tc2231Catalogue.Cases), MemberType = typeof(Tc2231Catalogue))]
    public void Parses_as_the_catalogue_expects(string name, string header, string expectedType, string? expectedFileName)
    {
        var result = ContentDisposition.Parse(header);

        if (expectedType == Tc2231Catalogue.Invalid)
        {
            Assert.False(result.IsOk, $"{name}: expected a void header, got {result}");
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            return;
        }

        Assert.True(result.IsOk, $"{name}: {result.Error}");
        Assert.Equal(expectedType, result.Value.DispositionType);
        Assert.Equal(expectedFileName, result.Value.FileName);
        Assert.Equal(expectedFileName is null, result.Value.Source == FileNameSource.None);
    }

    [Fact]
    public void The_catalogue_names_every_case_once()
    {
        var names = Tc2231Catalogue.Cases.Select(row => (string)row[0]).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        // 89 cases: every case of the catalogue, so a lost row shows up here.
        Assert.Equal(89, names.Count);
    }
}
