using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public class OutputPathProperties
{
    private static readonly Gen<string> Paths =
        from parts in Gen.Elements("a", "b.png", "..", ".", "/", "\\", "dir", "季度", " ", "\u202E", "\0", "C:", "~", "x.txt").NonEmptyListOf()
        select string.Concat(parts);

    [Property(MaxTest = 1000)]
    public Property Accepted_paths_resolve_inside_the_working_directory() =>
        Prop.ForAll(Paths.ToArbitrary(), text =>
        {
            var parsed = OutputPath.Parse(text);
            if (!parsed.IsOk)
                return !string.IsNullOrEmpty(parsed.Error);
            var full = Path.GetFullPath(parsed.Value.Relative, "/work/cwd");
            return full.StartsWith("/work/cwd/", StringComparison.Ordinal) && parsed.Value.Segments.All(s => s is not ("" or "." or ".."));
        });

    [Property(MaxTest = 500)]
    public Property Never_throws(string? anything) => (OutputPath.Parse(anything).IsOk || true).ToProperty();

    [Theory]
    [InlineData("./photo.png", "photo.png")]
    [InlineData("photo.png", "photo.png")]
    [InlineData("out/季度报告.xlsx", "out/季度报告.xlsx")]
    [InlineData("a/../b.png", "b.png")]
    [InlineData("a//b/./c.bin", "a/b/c.bin")]
    public void Relative_paths_are_accepted(string text, string relative)
    {
        var parsed = OutputPath.Parse(text).Value;
        Assert.Equal(relative, parsed.Relative);
        Assert.Equal(text, parsed.Text);
    }

    [Theory]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("\\\\server\\share\\x", "absolute")]
    [InlineData("C:\\x.png", "absolute")]
    [InlineData("../x.png", "leaves the working directory")]
    [InlineData("a/../../x.png", "leaves the working directory")]
    [InlineData("photo\u202Egnp.exe", "invisible or control")]
    [InlineData("a\nb", "invisible or control")]
    [InlineData("dir/", "names a directory")]
    [InlineData("", "empty")]
    [InlineData("  ", "empty")]
    [InlineData(".", "working directory itself")]
    public void Unsafe_paths_are_refused_saying_what_is_wrong(string text, string reason)
    {
        var parsed = OutputPath.Parse(text);
        Assert.False(parsed.IsOk);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000)]
    public Property Refusals_name_the_output_input() =>
        Prop.ForAll(Gen.OneOf(Paths, ArbMap.Default.GeneratorFor<string>(), Gen.Choose(250, 300).Select(n => "a/" + new string('x', n))).ToArbitrary(), text =>
        {
            var parsed = OutputPath.Parse(text);
            return parsed.IsOk || (parsed.Failure.Input == InputField.Output
                && parsed.Failure.Category == ErrorCategory.Validation
                && parsed.Failure.Message.Inputs.Contains(InputField.Output)
                && parsed.Failure.Message.Render(MarkedVocabulary.Instance).Contains(MarkedVocabulary.Name(InputField.Output), StringComparison.Ordinal));
        });

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../x")]
    [InlineData(".")]
    [InlineData("a\u0000b")]
    public void Refusals_that_mention_the_working_directory_use_its_term(string text)
    {
        var failure = OutputPath.Parse(text).Failure!;
        Assert.StartsWith("<Output>", failure.Message.Render(MarkedVocabulary.Instance), StringComparison.Ordinal);
        Assert.Equal(text.Contains('\0') ? [] : [Term.WorkingDirectory], failure.Message.Terms);
    }
}
