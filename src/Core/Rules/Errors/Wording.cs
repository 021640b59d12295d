using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// A message or hint as the library states it: plain text with placeholders for the words each front end chooses
/// (which input, which command). Built from an interpolated string, where an <see cref="InputField"/> or a
/// <see cref="Term"/> becomes a placeholder and anything else is text; rendered with a <see cref="Vocabulary"/>.
/// </summary>
/// <example><code>Wording.Of($"Pass {Term.Overwrite} to replace it, or choose another name with {InputField.Output}.")</code></example>
public sealed class Wording : IEquatable<Wording>
{
    private readonly ImmutableArray<object> _parts;

    private Wording(ImmutableArray<object> parts) => _parts = parts;

    /// <summary>No words.</summary>
    public static Wording Empty { get; } = new([]);

    /// <summary>Words from an interpolated string: fields and terms become placeholders.</summary>
    public static Wording Of(Builder builder) => builder.Build();

    /// <summary>Plain text with no placeholders.</summary>
    public static Wording Text(string text) => new([text ?? ""]);

    /// <summary>The inputs this wording names.</summary>
    public IEnumerable<InputField> Inputs => _parts.OfType<InputField>();

    /// <summary>The terms this wording uses.</summary>
    public IEnumerable<Term> Terms => _parts.OfType<Term>();

    /// <summary>Whether there are no words.</summary>
    public bool IsEmpty => _parts.All(p => p is string { Length: 0 });

    /// <summary>The text in <paramref name="vocabulary"/>'s words.</summary>
    public string Render(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part switch
            {
                InputField field => vocabulary.Input(field),
                Term term => vocabulary.Words(term),
                _ => (string)part,
            });
        }

        return text.ToString();
    }

    /// <summary>This wording followed by <paramref name="other"/>, with a space between when both have words.</summary>
    public Wording Then(Wording other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.IsEmpty)
            return this;
        return IsEmpty ? other : new Wording([.. _parts, " ", .. other._parts]);
    }

    /// <inheritdoc />
    public bool Equals(Wording? other) => other is not null && _parts.SequenceEqual(other._parts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Wording);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in _parts)
            hash.Add(part);
        return hash.ToHashCode();
    }

    /// <summary>The text with placeholders shown as <c>{Field}</c> and <c>{Term}</c>, for debugging.</summary>
    public override string ToString() => string.Concat(_parts.Select(p => p switch
    {
        InputField field => $"{{{field}}}",
        Term term => term.Argument is null ? $"{{{term.Kind}}}" : $"{{{term.Kind}:{term.Argument}}}",
        _ => (string)p,
    }));

    /// <summary>Collects the parts of an interpolated string.</summary>
    [InterpolatedStringHandler]
    public readonly struct Builder
    {
        private readonly ImmutableArray<object>.Builder _parts;

        /// <summary>Starts a wording.</summary>
        public Builder(int literalLength, int formattedCount)
        {
            _ = literalLength;
            _parts = ImmutableArray.CreateBuilder<object>(formattedCount * 2 + 1);
        }

        /// <summary>Text as written.</summary>
        public void AppendLiteral(string text) => _parts.Add(text);

        /// <summary>A placeholder for an input.</summary>
        public void AppendFormatted(InputField field) => _parts.Add(field);

        /// <summary>A placeholder for a front-end word.</summary>
        public void AppendFormatted(Term term) => _parts.Add(term);

        /// <summary>Another wording, inlined.</summary>
        public void AppendFormatted(Wording wording)
        {
            ArgumentNullException.ThrowIfNull(wording);
            _parts.AddRange(wording._parts);
        }

        /// <summary>Any other value, as invariant text.</summary>
        public void AppendFormatted<T>(T value) => _parts.Add(string.Format(CultureInfo.InvariantCulture, "{0}", value));

        /// <summary>Any other value, formatted invariantly.</summary>
        public void AppendFormatted<T>(T value, string? format) where T : IFormattable => _parts.Add(value.ToString(format, CultureInfo.InvariantCulture));

        internal Wording Build() => new(_parts.ToImmutable());
    }
}
