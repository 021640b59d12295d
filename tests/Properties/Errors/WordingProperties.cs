using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Errors;

public class WordingProperties
{
    // One piece of an interpolated string: a literal, a value interpolated as text, a field or a term.
    internal abstract record Piece
    {
        public sealed record Literal(string Text) : Piece;

        public sealed record Value(string? Text) : Piece;

        public sealed record Field(InputField Input) : Piece;

        public sealed record Word(Term Term) : Piece;
    }

    private static readonly Gen<string> UserText = Gen.Frequency(
        (4, Gen.Elements("", " ", "{", "}", "{}", "{0}", "{Output}", "{{Output}}", "{LogIn:x}", "<Output>", "[LogIn]", "a", "季度", "😀", "\0", "\\", "%s", "$\"{x}\"")
            .ArrayOf().Select(string.Concat)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    private static readonly Gen<InputField> Fields =
        Gen.Frequency((9, Gen.Elements(Enum.GetValues<InputField>())), (1, Gen.Choose(-3, 200).Select(i => (InputField)i)));

    private static readonly Gen<Term> Terms =
        from kind in Gen.Frequency((9, Gen.Elements(Enum.GetValues<TermKind>())), (1, Gen.Choose(-3, 200).Select(i => (TermKind)i)))
        from argument in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, UserText.Select(s => (string?)s)))
        select new Term(kind, argument);

    private static readonly Gen<Piece> Pieces = Gen.Frequency(
        (3, UserText.Select(s => (Piece)new Piece.Literal(s))),
        (3, Gen.Frequency((5, UserText.Select(s => (string?)s)), (1, Gen.Constant<string?>(null))).Select(s => (Piece)new Piece.Value(s))),
        (2, Fields.Select(f => (Piece)new Piece.Field(f))),
        (2, Terms.Select(t => (Piece)new Piece.Word(t))));

    private static readonly Gen<Piece[]> Sentences = Gen.Sized(size => Pieces.ArrayOf().Resize(Math.Min(size, 12)));

    // Small alphabets, so that two generated wordings are often equal.
    private static readonly Gen<Piece[]> SmallSentences =
        Gen.OneOf(
                Gen.Elements("", "a", "{b}").Select(s => (Piece)new Piece.Literal(s)),
                Gen.Elements(InputField.Output, InputField.FileKey).Select(f => (Piece)new Piece.Field(f)),
                Gen.Elements(Term.Overwrite, Term.LogIn("s")).Select(t => (Piece)new Piece.Word(t)))
            .ArrayOf().Resize(4);

    /// <summary>The wording an interpolated string of these pieces builds, through the compiler's own handler calls.</summary>
    internal static Wording Build(IReadOnlyList<Piece> pieces)
    {
        var builder = new Wording.Builder(0, pieces.Count);
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case Piece.Literal literal:
                    builder.AppendLiteral(literal.Text);
                    break;
                case Piece.Value value:
                    builder.AppendFormatted(value.Text);
                    break;
                case Piece.Field field:
                    builder.AppendFormatted(field.Input);
                    break;
                case Piece.Word word:
                    builder.AppendFormatted(word.Term);
                    break;
            }
        }

        return Wording.Of(builder);
    }

    private static string Expected(IEnumerable<Piece> pieces, Vocabulary vocabulary) => string.Concat(pieces.Select(p => p switch
    {
        Piece.Literal l => l.Text,
        Piece.Value v => v.Text ?? "",
        Piece.Field f => vocabulary.Input(f.Input),
        Piece.Word w => vocabulary.Words(w.Term),
        _ => throw new InvalidOperationException(),
    }));

    // What the wording is made of, as the model sees it: text (literal or interpolated), field or term.
    private static object[] Model(IEnumerable<Piece> pieces) => [.. pieces.Select(p => p switch
    {
        Piece.Literal l => l.Text,
        Piece.Value v => v.Text ?? "",
        Piece.Field f => f.Input,
        Piece.Word w => (object)w.Term,
        _ => throw new InvalidOperationException(),
    })];

    private static readonly Vocabulary[] Vocabularies = [PlainVocabulary.Instance, MarkedVocabulary.Instance];

    [Property(MaxTest = 500)]
    public Property Rendering_is_total_and_is_each_piece_in_the_vocabularys_words() =>
        Prop.ForAll(Sentences.ToArbitrary(), pieces =>
        {
            var wording = Build(pieces);
            return Vocabularies.All(v => wording.Render(v) == Expected(pieces, v)) && wording.ToString() is not null;
        });

    [Property(MaxTest = 1000)]
    public Property Interpolated_user_text_is_never_a_placeholder(string? text)
    {
        var wording = Wording.Of($"before {text} after");
        var plain = Wording.Text(text!);
        return (wording.Render(MarkedVocabulary.Instance) == $"before {text} after"
                && !wording.Inputs.Any() && !wording.Terms.Any()
                && plain.Render(MarkedVocabulary.Instance) == (text ?? "")
                && !plain.Inputs.Any() && !plain.Terms.Any())
            .Label(text ?? "null");
    }

    [Property(MaxTest = 500)]
    public Property Braces_and_placeholder_lookalikes_survive_verbatim() =>
        Prop.ForAll(UserText.ToArbitrary(), Fields.ToArbitrary(), (text, field) =>
        {
            var wording = Wording.Of($"{field}={text}");
            return wording.Render(MarkedVocabulary.Instance) == MarkedVocabulary.Name(field) + "=" + text
                && wording.Render(PlainVocabulary.Instance) == PlainVocabulary.Instance.Input(field) + "=" + text
                && wording.Inputs.SequenceEqual([field]);
        });

    [Property(MaxTest = 500)]
    public Property Inputs_and_terms_are_exactly_those_interpolated_in_order() =>
        Prop.ForAll(Sentences.ToArbitrary(), pieces =>
        {
            var wording = Build(pieces);
            return wording.Inputs.SequenceEqual(pieces.OfType<Piece.Field>().Select(f => f.Input))
                && wording.Terms.SequenceEqual(pieces.OfType<Piece.Word>().Select(w => w.Term));
        });

    [Property(MaxTest = 500)]
    public Property An_inlined_wording_keeps_its_placeholders() =>
        Prop.ForAll(Sentences.ToArbitrary(), Sentences.ToArbitrary(), (a, b) =>
        {
            var (first, second) = (Build(a), Build(b));
            var joined = Wording.Of($"{first}|{second}");
            return joined.Equals(Build([.. a, new Piece.Literal("|"), .. b]))
                && joined.Render(MarkedVocabulary.Instance) == first.Render(MarkedVocabulary.Instance) + "|" + second.Render(MarkedVocabulary.Instance);
        });

    [Property(MaxTest = 500)]
    public Property Empty_is_a_unit_of_then() =>
        Prop.ForAll(Sentences.ToArbitrary(), pieces =>
        {
            var a = Build(pieces);
            // Equality is piecewise (Text("") is empty but not Empty), so any empty wording is a unit up to rendering,
            // and Empty is one up to equality for every wording with words.
            var blank = Wording.Text("");
            return a.Then(Wording.Empty).Equals(a) && (a.IsEmpty || Wording.Empty.Then(a).Equals(a))
                && Vocabularies.All(v => a.Then(blank).Render(v) == a.Render(v) && blank.Then(a).Render(v) == a.Render(v)
                    && Wording.Empty.Then(a).Render(v) == a.Render(v));
        });

    [Property(MaxTest = 500)]
    public Property Then_renders_both_with_one_space_between() =>
        Prop.ForAll(Sentences.ToArbitrary(), Sentences.ToArbitrary(), (a, b) =>
        {
            var (first, second) = (Build(a), Build(b));
            var joined = first.Then(second);
            return Vocabularies.All(v =>
                    joined.Render(v) == (first.IsEmpty ? second.Render(v) : second.IsEmpty ? first.Render(v) : first.Render(v) + " " + second.Render(v)))
                && joined.Inputs.SequenceEqual(first.Inputs.Concat(second.Inputs))
                && joined.Terms.SequenceEqual(first.Terms.Concat(second.Terms))
                && joined.IsEmpty == (first.IsEmpty && second.IsEmpty);
        });

    [Property(MaxTest = 300)]
    public Property Then_is_associative() =>
        Prop.ForAll(Sentences.ToArbitrary(), Sentences.ToArbitrary(), Sentences.ToArbitrary(), (a, b, c) =>
        {
            var (x, y, z) = (Build(a), Build(b), Build(c));
            return x.Then(y).Then(z).Equals(x.Then(y.Then(z)));
        });

    // With words that are never empty, a wording renders as nothing exactly when it is empty.
    [Property(MaxTest = 500)]
    public Property Empty_means_it_renders_nothing() =>
        Prop.ForAll(Sentences.ToArbitrary(), pieces =>
        {
            var wording = Build(pieces);
            return wording.IsEmpty == (wording.Render(MarkedVocabulary.Instance).Length == 0);
        });

    [Property(MaxTest = 1000)]
    public Property Equality_is_piecewise_and_agrees_with_the_hash() =>
        Prop.ForAll(SmallSentences.ToArbitrary(), SmallSentences.ToArbitrary(), (a, b) =>
        {
            var (x, y) = (Build(a), Build(b));
            var equal = Model(a).SequenceEqual(Model(b));
            return x.Equals(y) == equal && y.Equals(x) == equal && x.Equals((object)y) == equal
                && (!equal || x.GetHashCode() == y.GetHashCode())
                && x.Equals(x) && x.Equals(Build(a)) && x.GetHashCode() == Build(a).GetHashCode()
                && !x.Equals(null) && !x.Equals((object)"text");
        });

    [Fact]
    public void A_field_is_a_placeholder_and_text_is_text()
    {
        var wording = Wording.Of($"Pass {Term.Overwrite} to replace it, or choose another name with {InputField.Output}.");
        Assert.Equal("Pass [Overwrite] to replace it, or choose another name with <Output>.", wording.Render(MarkedVocabulary.Instance));
        Assert.Equal("Pass overwriting to replace it, or choose another name with the output path.", wording.Render(PlainVocabulary.Instance));
        Assert.Equal("Pass {Overwrite} to replace it, or choose another name with {Output}.", wording.ToString());
        Assert.Equal([InputField.Output], wording.Inputs);
        Assert.Equal([Term.Overwrite], wording.Terms);
    }

    [Theory]
    [InlineData("{Output}")]
    [InlineData("{0}")]
    [InlineData("{{")]
    [InlineData("}")]
    [InlineData("{LogIn:im:message:readonly}")]
    public void Placeholder_lookalikes_in_user_text_stay_text(string text)
    {
        var wording = Wording.Of($"name {text}");
        Assert.Equal("name " + text, wording.Render(MarkedVocabulary.Instance));
        Assert.Empty(wording.Inputs);
        Assert.Equal(Wording.Text("name " + text).Render(PlainVocabulary.Instance), wording.Render(PlainVocabulary.Instance));
    }

    [Fact]
    public void Numbers_are_written_invariantly()
    {
        Assert.Equal("1.5 1,234.50 -7", Wording.Of($"{1.5} {1234.5:N2} {-7L}").Render(PlainVocabulary.Instance));
        Assert.Equal("[LogIn:im:x] 2", Wording.Of($"{Term.LogIn("im:x")} {2}").Render(MarkedVocabulary.Instance));
    }

    [Fact]
    public void Empty_wordings()
    {
        Assert.True(Wording.Empty.IsEmpty);
        Assert.True(Wording.Text(null!).IsEmpty);
        Assert.True(Wording.Of($"{""}").IsEmpty);
        Assert.False(Wording.Of($"{InputField.Output}").IsEmpty);
        Assert.False(Wording.Text(" ").IsEmpty);
        Assert.Equal("", Wording.Empty.Render(PlainVocabulary.Instance));
    }
}
