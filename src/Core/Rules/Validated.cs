using System.Diagnostics.CodeAnalysis;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules;

/// <summary>
/// The answer of a rule that checks a caller's input: the value, or a <see cref="LarkFailure"/> that says which input,
/// what is wrong and what kind of fix (never a sentence in one front end's words). Rules never throw on bad input.
/// </summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public readonly struct Validated<T> : IEquatable<Validated<T>>
{
    private readonly T? _value;

    private Validated(T? value, LarkFailure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>Why the input was refused, or <see langword="null"/> on success.</summary>
    public LarkFailure? Failure { get; }

    /// <summary>Whether this holds a value.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsOk => Failure is null;

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public T Value => IsOk ? _value! : throw new InvalidOperationException($"No value: {Failure}");

    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Validated<T> Ok(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    public static Validated<T> Fail(LarkFailure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    /// <summary>A refusal of <paramref name="input"/> (validation/invalid_argument).</summary>
    public static Validated<T> Invalid(InputField input, Wording message) => Fail(LarkFailure.Invalid(input, message));

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value!;
        return IsOk;
    }

    /// <summary>Gets the value, or the failure.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [MaybeNullWhen(true)] out LarkFailure failure)
    {
        value = _value!;
        failure = Failure;
        return IsOk;
    }

    /// <summary>Maps the value, keeping a refusal as it is.</summary>
    public Validated<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsOk ? Validated<TOut>.Ok(map(_value!)) : Validated<TOut>.Fail(Failure);
    }

    /// <inheritdoc />
    public bool Equals(Validated<T> other) => Equals(Failure, other.Failure) && EqualityComparer<T?>.Default.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Validated<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Failure);

    /// <inheritdoc />
    public override string ToString() => IsOk ? $"Ok({_value})" : $"Fail({Failure})";

    /// <summary>Equality.</summary>
    public static bool operator ==(Validated<T> left, Validated<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Validated<T> left, Validated<T> right) => !left.Equals(right);
}
