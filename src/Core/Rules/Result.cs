using System.Diagnostics.CodeAnalysis;

namespace Lark.Resources.Rules;

/// <summary>
/// The answer of a pure rule: a value, or the reason there is none. Rules never throw on bad input;
/// they return a <see cref="Result{T}"/> the caller must look at.
/// </summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public readonly struct Result<T> : IEquatable<Result<T>>
{
    private readonly T? _value;

    private Result(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The reason for failure, or <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Whether this holds a value.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsOk => Error is null;

    /// <summary>The value; reading it from a failure is a programming error.</summary>
    public T Value => IsOk ? _value! : throw new InvalidOperationException($"No value: {Error}");

    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failure with a reason a person can act on.</summary>
    public static Result<T> Fail(string error) => new(default, error ?? "unknown error");

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value!;
        return IsOk;
    }

    /// <summary>The value, or <paramref name="fallback"/> on failure.</summary>
    public T ValueOr(T fallback) => IsOk ? _value! : fallback;

    /// <summary>Maps the value, keeping a failure as it is.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsOk ? Result<TOut>.Ok(map(_value!)) : Result<TOut>.Fail(Error);
    }

    /// <summary>Chains a rule that may itself fail.</summary>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return IsOk ? next(_value!) : Result<TOut>.Fail(Error);
    }

    /// <inheritdoc />
    public bool Equals(Result<T> other) =>
        Error == other.Error && EqualityComparer<T?>.Default.Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Result<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <inheritdoc />
    public override string ToString() => IsOk ? $"Ok({_value})" : $"Fail({Error})";

    /// <summary>Equality.</summary>
    public static bool operator ==(Result<T> left, Result<T> right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Result<T> left, Result<T> right) => !left.Equals(right);
}
