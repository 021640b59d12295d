using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lark.Resources.Rules;

/// <summary>
/// Reads JSON strings without throwing. JSON allows escapes that form no valid UTF-16 (a lone <c>\ud800</c>), which
/// <see cref="JsonElement.GetString"/> refuses with an exception; a server can send them, so they become U+FFFD.
/// </summary>
public static partial class JsonText
{
    /// <summary>The text of a JSON string, or <see langword="null"/> when <paramref name="value"/> is not a string.</summary>
    public static string? Of(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return Repaired(value.GetRawText());
        }
    }

    /// <summary>The text of the string property <paramref name="name"/>, or <see langword="null"/> when it is absent or not a string.</summary>
    public static string? Property(JsonElement element, string name) => Field(element, name) is { } value ? Of(value) : null;

    /// <summary>
    /// The property <paramref name="name"/> of an object (the last one, when repeated), or none. Total: a key that escapes
    /// a lone surrogate (on which <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> throws) is compared
    /// with the surrogate read as U+FFFD.
    /// </summary>
    public static JsonElement? Field(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        try
        {
            return element.TryGetProperty(name, out var value) ? value : null;
        }
        catch (InvalidOperationException)
        {
            JsonElement? last = null;
            foreach (var property in element.EnumerateObject())
            {
                if (Name(property) == name)
                    last = property.Value;
            }

            return last;
        }
    }

    /// <summary>A property's name; an escaped lone surrogate in it reads as U+FFFD.</summary>
    public static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            // The raw text starts with the quoted name; read that string alone, repairing it.
            var raw = property.ToString();
            var end = 1;
            while (end < raw.Length && raw[end] != '"')
                end += raw[end] == '\\' ? 2 : 1;
            using var document = JsonDocument.Parse(raw[..Math.Min(end + 1, raw.Length)]);
            return Of(document.RootElement) ?? "";
        }
    }

    // The raw text keeps its escapes: valid surrogate pairs and other escapes stay, lone surrogates become U+FFFD.
    private static string Repaired(string quoted)
    {
        var fixedText = Escapes().Replace(quoted, m => m.Groups["lone"].Success ? "\\ufffd" : m.Value);
        using var document = JsonDocument.Parse(fixedText);
        return document.RootElement.GetString() ?? "";
    }

    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(?<lone>\\u[dD][89a-fA-F][0-9a-fA-F]{2})|\\.", RegexOptions.CultureInvariant)]
    private static partial Regex Escapes();
}
