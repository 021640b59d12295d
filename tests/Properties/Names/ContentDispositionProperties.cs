using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public sealed class ContentDispositionProperties
{
    private static bool AnswersWithoutThrowing(string? header)
    {
        var result = ContentDisposition.Parse(header);
        return result.IsOk
            ? result.Value.DispositionType.Length > 0 && (result.Value.FileName is null) == (result.Value.Source == FileNameSource.None)
            : !string.IsNullOrWhiteSpace(result.Error);
    }

    // The percent-encoded UTF-8 of a name, as Format writes it after "filename*=UTF-8''".
    private static string PercentEncoded(string name)
    {
        const string Marker = "; filename*=UTF-8''";
        var header = ContentDisposition.Format("attachment", name);
        return header[(header.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
    }

    [Property(MaxTest = 500)]
    public Property Format_then_Parse_gives_back_the_name() =>
        Prop.ForAll(Arb.From(HeaderGenerators.FileName()), name =>
        {
            var parsed = ContentDisposition.Parse(ContentDisposition.Format("attachment", name));
            return parsed.IsOk && parsed.Value.DispositionType == "attachment" && parsed.Value.FileName == name;
        });

    [Property]
    public Property Format_writes_only_printable_ascii_for_any_input() =>
        Prop.ForAll(Arb.From(Gen.Zip(ArbMap.Default.GeneratorFor<string>(), ArbMap.Default.GeneratorFor<string>())), pair =>
            ContentDisposition.Format(pair.Item1, pair.Item2).All(c => c is >= ' ' and < '\u007F'));

    [Property(MaxTest = 500)]
    public Property Parse_answers_any_string() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), AnswersWithoutThrowing);

    [Property(MaxTest = 1000)]
    public Property Parse_answers_strings_of_header_syntax() =>
        Prop.ForAll(Arb.From(HeaderGenerators.Garbage), AnswersWithoutThrowing);

    [Property(MaxTest = 1000)]
    public Property Parse_answers_mutations_of_valid_headers() =>
        Prop.ForAll(Arb.From(HeaderGenerators.MutatedHeader), AnswersWithoutThrowing);

    [Property(MaxTest = 500)]
    public Property Raw_utf8_in_filename_reads_back_as_the_name() =>
        Prop.ForAll(Arb.From(HeaderGenerators.FileName(allowControls: false)), name =>
        {
            var header = "attachment; filename=" + HeaderGenerators.Quote(HeaderGenerators.AsLatin1(name));
            var parsed = ContentDisposition.Parse(header);
            return parsed.IsOk && parsed.Value.FileName == name && parsed.Value.Source == FileNameSource.Filename;
        });

    [Property]
    public Property Percent_text_in_filename_stays_as_sent() =>
        Prop.ForAll(Arb.From(HeaderGenerators.PercentText), text =>
            ContentDisposition.Parse("attachment; filename=" + HeaderGenerators.Quote(text)).Value.FileName == text);

    [Property(MaxTest = 300)]
    public Property Filename_star_wins_in_either_order() =>
        Prop.ForAll(Arb.From(Gen.Zip(HeaderGenerators.FileName(), HeaderGenerators.AsciiName)), pair =>
        {
            var (name, fallback) = pair;
            var star = "UTF-8''" + PercentEncoded(name + "\u00E9");
            var plain = "filename=" + HeaderGenerators.Quote(fallback);
            var expected = new ContentDisposition("attachment", name + "\u00E9", FileNameSource.FilenameStar);
            return ContentDisposition.Parse($"attachment; {plain}; filename*={star}").Value == expected
                && ContentDisposition.Parse($"attachment; filename*={star}; {plain}").Value == expected;
        });

    [Property(MaxTest = 300)]
    public Property A_void_filename_star_yields_to_filename() =>
        Prop.ForAll(
            Arb.From(
                from badStar in Gen.Elements(
                    "\"UTF-8''abc\"", "''abc", "UTF-8'abc", "UTF-8''ab%", "UTF-8''%zz", "UTF-8''%FF",
                    "x-klingon''abc", "ISO-8859-1''%81", "UTF-8''a*b", "abc")
                from fallback in HeaderGenerators.AsciiName
                from starFirst in Gen.Elements(true, false)
                select (badStar, fallback, starFirst)),
            t =>
            {
                var (badStar, fallback, starFirst) = t;
                var star = "filename*=" + badStar;
                var plain = "filename=" + HeaderGenerators.Quote(fallback);
                var header = starFirst ? $"attachment; {star}; {plain}" : $"attachment; {plain}; {star}";
                return ContentDisposition.Parse(header).Value == new ContentDisposition("attachment", fallback, FileNameSource.Filename);
            });

    [Property(MaxTest = 300)]
    public Property Names_of_type_parameters_and_charset_are_case_insensitive() =>
        Prop.ForAll(
            Arb.From(
                from name in HeaderGenerators.FileName()
                from type in HeaderGenerators.AnyCase("attachment")
                from filename in HeaderGenerators.AnyCase("filename")
                from filenameStar in HeaderGenerators.AnyCase("filename*")
                from charset in HeaderGenerators.AnyCase("utf-8")
                from other in HeaderGenerators.AnyCase("creation-date")
                select (name, type, filename, filenameStar, charset, other)),
            t =>
            {
                var encoded = PercentEncoded(t.name + "\u00E9");
                var header = $"{t.type}; {t.other}=x; {t.filename}=\"fallback\"; {t.filenameStar}={t.charset}''{encoded}";
                return ContentDisposition.Parse(header).Value
                    == new ContentDisposition("attachment", t.name + "\u00E9", FileNameSource.FilenameStar);
            });

    [Property(MaxTest = 300)]
    public Property A_repeated_parameter_voids_the_header_whatever_its_case() =>
        Prop.ForAll(
            Arb.From(
                from name in Gen.Elements("filename", "filename*", "name", "creation-date")
                from again in HeaderGenerators.AnyCase(name)
                from between in Gen.Elements("", "; foo=bar", "; filename*0=x")
                select (name, again, between)),
            t =>
            {
                var value = t.name.EndsWith('*') ? "UTF-8''a" : "a";
                return !ContentDisposition.Parse($"attachment; {t.name}={value}{t.between}; {t.again}={value}").IsOk;
            });
}
