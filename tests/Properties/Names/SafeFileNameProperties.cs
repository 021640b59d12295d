using System.Globalization;
using System.Text;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public class SafeFileNameProperties
{
    internal static readonly Gen<string> HostileNames =
        from parts in Gen.Elements(
            "report", "季度报告", "📄", "a", ".", "..", "/", "\\", "-", " ", "\u202E", "\u200B", "\u200D", "\uFEFF", "\0", "\n",
            "\u001B", ":", "*", "?", "\"", "<", ">", "|", "CON", "nul", "com1", "LPT9", ".txt", ".pdf", ".tar.gz",
            "e\u0301", "é", "\uD800", "\uDC00", "\U000E0001", "\U000E0067", "\U0001D173",
            "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "%2e%2e", "~", "\u3000", new string('x', 120), new string('长', 60)).NonEmptyListOf()
        select string.Concat(parts);

    [Property(MaxTest = 1000)]
    public Property Is_idempotent() =>
        Prop.ForAll(HostileNames.ToArbitrary(), name =>
        {
            var once = SafeFileName.From(name);
            return !once.IsOk || SafeFileName.From(once.Value) == once;
        });

    [Property(MaxTest = 1000)]
    public Property Joined_to_any_root_stays_directly_under_that_root() =>
        Prop.ForAll(HostileNames.ToArbitrary(), Gen.Elements("/tmp/out", "/", "/a b/c", "relative/dir").ToArbitrary(), (name, root) =>
        {
            var safe = SafeFileName.From(name);
            if (!safe.IsOk)
                return true;
            var full = Path.GetFullPath(Path.Join(root, safe.Value), "/work");
            var parent = Path.GetDirectoryName(full);
            return parent == Path.GetFullPath(root, "/work").TrimEnd('/') || (parent == "/" && Path.GetFullPath(root, "/work") == "/");
        });

    [Property(MaxTest = 1000)]
    public Property Results_hold_no_separators_invisibles_or_reserved_characters_and_fit_255_bytes() =>
        Prop.ForAll(HostileNames.ToArbitrary(), name =>
        {
            var safe = SafeFileName.From(name);
            if (!safe.IsOk)
                return true;
            var value = safe.Value;
            return value is not ("." or "..")
                && value.IndexOfAny(['/', '\\', '<', '>', ':', '"', '|', '?', '*']) < 0
                && !value.StartsWith('.') && !value.StartsWith('-')
                && Encoding.UTF8.GetByteCount(value) <= 255
                && value.IsNormalized(NormalizationForm.FormC)
                && value.EnumerateRunes().All(r => Rune.GetUnicodeCategory(r) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate));
        });

    [Property(MaxTest = 1000)]
    public Property Never_throws(string? anything) => (SafeFileName.From(anything).IsOk || true).ToProperty();

    [Theory]
    [InlineData("report.pdf", "report.pdf")]
    [InlineData("季度报告.xlsx", "季度报告.xlsx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\system32\\cmd.exe", "cmd.exe")]
    [InlineData(".bashrc", "bashrc")]
    [InlineData("-rf", "rf")]
    [InlineData("--help.txt", "help.txt")]
    [InlineData("CON", "_CON")]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("COM1.tar.gz", "_COM1.tar.gz")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("zero\u200Bwidth.txt", "zerowidth.txt")]
    [InlineData("a:b*c?.txt", "a_b_c_.txt")]
    [InlineData("name.  ", "name")]
    [InlineData("e\u0301t\u00E9.txt", "\u00E9t\u00E9.txt")]
    [InlineData("%E5%AD%A3.txt", "%E5%AD%A3.txt")]
    [InlineData("tab\there.txt", "tabhere.txt")]
    [InlineData("tag\U000E0001.txt", "tag.txt")]
    [InlineData("flag🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F.txt", "flag🏴.txt")]
    public void Examples(string input, string expected) => Assert.Equal(expected, SafeFileName.From(input).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a/")]
    [InlineData("...")]
    [InlineData("\u202E\u200B")]
    [InlineData(" - ")]
    public void Nothing_usable_means_no_name(string? input) => Assert.False(SafeFileName.From(input).IsOk);

    [Fact]
    public void Long_names_are_cut_to_255_bytes_keeping_the_extension()
    {
        var name = new string('长', 200) + ".xlsx";
        var safe = SafeFileName.From(name).Value;
        Assert.EndsWith(".xlsx", safe, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(safe) <= 255);
        Assert.Equal(250 / 3, safe.Length - 5);
    }
}
