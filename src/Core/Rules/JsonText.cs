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
    public static string? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Of(value) : null;

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
