using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lark.Resources.Rules.Messages;

/// <summary>System messages: the template with its placeholders filled (<c>{from_user} invited {to_chatters}</c>).</summary>
internal static partial class SystemText
{
    /// <summary>The text of a <c>system</c> message.</summary>
    public static string Render(string raw) => ContentText.WithObject(raw, "system message", content =>
    {
        var template = GoJson.S(content, "template");
        if (template.Length == 0)
            return "[System message]";
        var text = template
            .Replace("{from_user}", Names(content, "from_user"), StringComparison.Ordinal)
            .Replace("{to_chatters}", Names(content, "to_chatters"), StringComparison.Ordinal)
            .Replace("{divider_text}", GoJson.Obj(content, "divider_text") is { } divider ? GoJson.S(divider, "text") : "", StringComparison.Ordinal);

        // Any other {word}: a same-named non-empty string field, else left as it is.
        text = Placeholder().Replace(text, match => GoJson.S(content, match.Groups[1].Value) is { Length: > 0 } value ? value : match.Value);
        return text.Trim();
    });

    private static string Names(JsonElement content, string name) =>
        string.Join(", ", GoJson.Items(content, name).Select(JsonText.Of).Where(s => !string.IsNullOrEmpty(s)));

    // Go's \w is ASCII only.
    [GeneratedRegex(@"\{([0-9A-Za-z_]+)}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
