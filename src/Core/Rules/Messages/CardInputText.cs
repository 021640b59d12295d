using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>Cards, continued: buttons, menus, selects, inputs, pickers and check boxes.</summary>
internal sealed partial class CardText
{
    private string Button(JsonElement property)
    {
        var text = GoJson.Obj(property, "text") is { } label ? TextOf(label) : "";
        if (text.Length == 0)
            text = "Button";
        if (GoJson.True(property, "disabled"))
        {
            var disabled = $"[{text} ✗]";
            if (GoJson.Obj(property, "disabledTips") is { } tips && TextOf(tips) is { Length: > 0 } tipsText)
                disabled += $"(tips:\"{tipsText}\")";
            return disabled;
        }

        var url = OpenUrl(property, last: false);
        var result = url.Length > 0 ? $"[{PostText.EscapeLinkText(text)}]({url})" : $"[{text}]";
        if (GoJson.Obj(property, "confirm") is { } confirm)
        {
            var parts = new[] { GoJson.Field(confirm, "title"), GoJson.Field(confirm, "text") }
                .Where(p => p is not null).Select(TextOf).Where(t => t.Length > 0).ToArray();
            if (parts.Length > 0)
                result += $"(confirm:\"{string.Join(": ", parts)}\")";
        }

        return result;
    }

    private string Actions(JsonElement property) =>
        string.Join(' ', GoJson.Items(property, "actions").Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Element(a)).Where(t => t.Length > 0));

    private string Overflow(JsonElement property)
    {
        if (GoJson.Count(property, "options") == 0)
            return "";
        var options = new List<string>();
        foreach (var option in GoJson.Items(property, "options"))
        {
            var text = GoJson.Obj(option, "text") is { } label ? TextOf(label) : "";
            if (text.Length == 0)
                continue;
            var url = OpenUrl(option, last: true);
            if (url.Length > 0)
                text = $"[{PostText.EscapeLinkText(text)}]({url})";
            else if (GoJson.S(option, "value") is { Length: > 0 } value)
                text += "(" + value + ")";
            options.Add(text);
        }

        return "⋮ " + string.Join(", ", options);
    }

    private string Select(JsonElement property, bool multi)
    {
        var options = GoJson.Arr(property, "options");
        var selected = new HashSet<string>(StringComparer.Ordinal);
        if (multi)
        {
            selected.UnionWith(GoJson.Items(property, "selectedValues").Select(JsonText.Of).OfType<string>());
        }
        else
        {
            if (GoJson.Str(property, "initialOption") is { } initial)
                selected.Add(initial);
            if (GoJson.Num(property, "initialIndex") is { } index && options is { } list)
            {
                var i = GoText.Truncate(index);
                if (i >= 0 && i < list.GetArrayLength() && GoJson.Str(list[(int)i], "value") is { } value)
                    selected.Add(value);
            }
        }

        var texts = new List<string>();
        var anySelected = false;
        foreach (var option in GoJson.Items(property, "options"))
        {
            if (option.ValueKind != JsonValueKind.Object)
                continue;
            var value = GoJson.S(option, "value");
            var text = GoJson.Obj(option, "text") is { } label ? TextOf(label) : "";
            if (text.Length == 0)
                text = AttachmentContent("option_users", value) ?? "";
            if (text.Length == 0)
                text = value;
            if (text.Length == 0)
                continue;
            if (selected.Contains(value))
            {
                text = "✓" + text;
                anySelected = true;
            }

            texts.Add(text);
        }

        if (texts.Count == 0)
        {
            var placeholder = GoJson.Obj(property, "placeholder") is { } hint && TextOf(hint) is { Length: > 0 } given ? given : "Please select";
            texts.Add(placeholder + " ▼");
        }
        else if (!anySelected)
        {
            texts[^1] += " ▼";
        }

        return "{" + string.Join(" / ", texts) + "}" + (multi ? "(multi)" : "");
    }

    private string SelectImage(JsonElement property)
    {
        if (GoJson.Arr(property, "options") is not { } options || options.GetArrayLength() == 0)
            return "";
        var selected = GoJson.Items(property, "selectedValues").Select(JsonText.Of).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var texts = new List<string>();
        var index = 0;
        foreach (var option in options.EnumerateArray())
        {
            index++; // The number counts every entry, objects or not.
            if (option.ValueKind != JsonValueKind.Object)
                continue;
            var value = GoJson.S(option, "value");
            var text = $"🖼️ Image {index}";
            if (value.Length > 0)
                text += "(" + value + ")";
            if (GoJson.S(option, "imageID") is { Length: > 0 } imageId)
            {
                var (originKey, token) = ImageKeys(imageId);
                if (originKey.Length > 0)
                    text += "(img_key:" + originKey + ")";
                else if (token.Length > 0)
                    text += "(img_token:" + token + ")";
            }

            texts.Add(selected.Contains(value) ? "✓" + text : text);
        }

        return "{" + string.Join(" / ", texts) + "}";
    }

    private string Input(JsonElement property)
    {
        var label = GoJson.Obj(property, "label") is { } labelElement ? TextOf(labelElement) : "";
        var placeholder = GoJson.Obj(property, "placeholder") is { } hint ? TextOf(hint) : "";
        var text = GoJson.S(property, "defaultValue") is { Length: > 0 } value ? value + "___"
            : placeholder.Length > 0 ? placeholder + "_____"
            : "_____";
        if (label.Length > 0)
            text = label + ": " + text;
        return GoJson.S(property, "inputType") == "multiline_text" ? text.Replace("_____", "...", StringComparison.Ordinal) : text;
    }

    private string Picker(JsonElement property, string emoji, string field)
    {
        var value = NormalizeTime(GoJson.S(property, field));
        if (value.Length == 0)
            value = GoJson.Obj(property, "placeholder") is { } hint && TextOf(hint) is { Length: > 0 } given ? given : "Select";
        return emoji + " " + value;
    }

    private string Checker(JsonElement property)
    {
        var text = GoJson.Obj(property, "text") is { } label ? TextOf(label) : "";
        return (GoJson.True(property, "checked") ? "[x]" : "[ ]") + " " + text;
    }

    // Integers of 13 digits or more are milliseconds, of 10 to 12 seconds (UTC, RFC 3339); anything else stays as written.
    private static string NormalizeTime(string input)
    {
        if (!GoText.TryParseInt(input, out var n))
            return input;
        if (input.Length >= 13)
            return GoTime.FormatMillis(n, TimeZoneInfo.Utc, GoTime.Layout.Rfc3339);
        return input.Length >= 10 ? GoTime.Format(n, TimeZoneInfo.Utc, GoTime.Layout.Rfc3339) : input;
    }
}
