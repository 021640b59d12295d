using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>What the content renderers share: reading content as Go does, the placeholders and the two escapes.</summary>
internal static class ContentText
{
    /// <summary>
    /// Renders content that must decode as a JSON object: <paramref name="render"/> gets the object, or an undefined
    /// element for <c>null</c> (Go's nil map: every field reads as absent); anything else is the invalid placeholder.
    /// </summary>
    public static string WithObject(string raw, string kind, Func<JsonElement, string> render)
    {
        if (GoJson.ParseObject(raw, out var document) == GoJson.ObjectKind.Invalid)
            return Invalid(kind);
        using (document)
            return render(document?.RootElement ?? default);
    }

    /// <summary>The official placeholder for content that is not valid JSON: <c>[Invalid image JSON]</c>.</summary>
    public static string Invalid(string kind) => kind.Length == 0 ? "[Invalid JSON content]" : $"[Invalid {kind} JSON]";

    /// <summary>An attribute value escaped with backslashes (<c>\\</c>, <c>\"</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>), not XML entities.</summary>
    public static string Attr(string value)
    {
        if (value.AsSpan().IndexOfAny("\\\"\n\r\t") < 0)
            return value;
        var escaped = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Element text escaped for XML (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>).</summary>
    public static string XmlBody(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
