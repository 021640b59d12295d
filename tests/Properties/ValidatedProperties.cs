using Lark.Resources.Rules;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties;

public class ValidatedProperties
{
    private static readonly Gen<LarkFailure> Failures =
        from field in Gen.Elements(Enum.GetValues<InputField>())
        from text in Gen.Elements("bad", "", "{Output}")
        from kind in Gen.Choose(0, 2)
        select kind switch
        {
            0 => LarkFailure.Invalid(field, Wording.Text(text)),
            1 => LarkFailure.Bug(text),
            _ => LarkFailure.LocalFile(Wording.Text(text), Wording.Of($"Check {field}.")),
        };

    private static readonly Gen<Validated<int>> Validateds = Gen.Frequency(
        (2, ArbMap.Default.GeneratorFor<int>().Select(Validated<int>.Ok)),
        (1, Failures.Select(Validated<int>.Fail)));

    [Property(MaxTest = 500)]
    public Property Ok_holds_its_value(string? value)
    {
        var ok = Validated<string?>.Ok(value);
        var got1 = ok.TryGetValue(out var v1);
        var got2 = ok.TryGetValue(out var v2, out var failure);
        return (ok.IsOk && ok.Failure is null && ok.Value == value && got1 && v1 == value && got2 && v2 == value && failure is null).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Fail_holds_its_failure_and_no_value() =>
        Prop.ForAll(Failures.ToArbitrary(), f =>
        {
            var fail = Validated<string>.Fail(f);
            var got1 = fail.TryGetValue(out var v1);
            var got2 = fail.TryGetValue(out var v2, out var failure);
            var threw = Record.Exception(() => fail.Value) is InvalidOperationException;
            return !fail.IsOk && ReferenceEquals(fail.Failure, f) && !got1 && v1 is null && !got2 && v2 is null && ReferenceEquals(failure, f) && threw;
        });

    [Property(MaxTest = 500)]
    public Property Map_keeps_identity_and_composes() =>
        Prop.ForAll(Validateds.ToArbitrary(), v =>
        {
            Func<int, long> f = x => (long)x * 3;
            Func<long, string> g = x => x.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return v.Map(x => x) == v && v.Map(f).Map(g) == v.Map(x => g(f(x)));
        });

    [Property(MaxTest = 300)]
    public Property Map_of_a_refusal_keeps_the_failure_and_never_calls_the_map() =>
        Prop.ForAll(Failures.ToArbitrary(), f =>
        {
            var called = false;
            var mapped = Validated<int>.Fail(f).Map(x => { called = true; return x.ToString(System.Globalization.CultureInfo.InvariantCulture); });
            return !called && !mapped.IsOk && ReferenceEquals(mapped.Failure, f);
        });

    [Property(MaxTest = 500)]
    public Property Equality_agrees_with_the_hash_and_the_operators() =>
        Prop.ForAll(Validateds.ToArbitrary(), Validateds.ToArbitrary(), (a, b) =>
        {
            var expected = a.IsOk && b.IsOk ? a.Value == b.Value : !a.IsOk && !b.IsOk && a.Failure == b.Failure;
            return a.Equals(b) == expected && (a == b) == expected && (a != b) == !expected && a.Equals((object)b) == expected
                && (!expected || a.GetHashCode() == b.GetHashCode()) && a.Equals(a) && !a.Equals((object)"x");
        });

    [Property(MaxTest = 200)]
    public Property Invalid_names_its_input_and_says_nothing_was_sent() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<InputField>()).ToArbitrary(), field =>
        {
            var refusal = Validated<int>.Invalid(field, Wording.Text("is wrong")).Failure!;
            return refusal.Input == field && refusal.Category == ErrorCategory.Validation && refusal.Subtype == ErrorSubtype.InvalidArgument
                && refusal.Fix == FixKind.ChangeInput && refusal.Hint.Inputs.SequenceEqual([field]);
        });

    [Fact]
    public void A_refusal_needs_a_failure() => Assert.Throws<ArgumentNullException>(() => Validated<int>.Fail(null!));

    [Fact]
    public void Map_needs_a_function() => Assert.Throws<ArgumentNullException>(() => Validated<int>.Ok(1).Map<int>(null!));

    [Fact]
    public void Ok_and_refusal_print_what_they_hold()
    {
        Assert.Equal("Ok(5)", Validated<int>.Ok(5).ToString());
        Assert.StartsWith("Fail(internal/sdk_error: ", Validated<int>.Fail(LarkFailure.Bug("x")).ToString(), StringComparison.Ordinal);
    }
}
