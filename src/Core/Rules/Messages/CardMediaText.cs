using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lark.Resources.Rules.Messages;

/// <summary>Cards, continued: people and mentions, images, tables, charts, audio and video.</summary>
internal sealed partial class CardText
{
    private static readonly Dictionary<string, string> ChartTypeNames = new(StringComparer.Ordinal)
    {
        ["bar"] = "Bar chart", ["line"] = "Line chart", ["pie"] = "Pie chart", ["area"] = "Area chart", ["radar"] = "Radar chart", ["scatter"] = "Scatter plot",
    };

    private string Person(JsonElement property, bool withNotation)
    {
        var userId = GoJson.S(property, "userID");
        if (userId.Length == 0)
            return "";
        var name = PersonName(userId);
        if (name.Length == 0 && withNotation && GoJson.Obj(property, "notation") is { } notation)
            name = TextOf(notation);
        return name.Length > 0 ? name : userId;
    }

    private string PersonList(JsonElement property) =>
        string.Join(", ", GoJson.Items(property, "persons").Where(p => p.ValueKind == JsonValueKind.Object).Select(person =>
        {
            var id = GoJson.S(person, "id");
            return PersonName(id) is { Length: > 0 } name ? name : id.Length > 0 ? id : "user";
        }));

    private string Avatar(JsonElement property)
    {
        var userId = GoJson.S(property, "userID");
        if (PersonName(userId) is { Length: > 0 } name)
            return "👤 " + name;
        return userId.Length > 0 ? "👤(id:" + userId + ")" : "👤";
    }

    // @Name(open_id) from the attachment's at_users, the message's mentions overriding name and id when keyed.
    private string At(JsonElement property)
    {
        var userId = GoJson.S(property, "userID");
        if (userId.Length == 0)
            return "";
        string name = "", actualId = "";
        var fromMentions = false;
        if (GoJson.Obj(_attachment, "at_users") is { } atUsers && GoJson.Obj(atUsers, userId) is { } user)
        {
            name = GoJson.S(user, "content");
            actualId = GoJson.S(user, "user_id");
            if (GoJson.S(user, "mention_key") is { Length: > 0 } key && _mentionsByKey.TryGetValue(key, out var mention))
            {
                if (mention.Name is { Length: > 0 } mentionName)
                    name = mentionName;
                if (mention.Id is { Length: > 0 } openId)
                {
                    actualId = openId;
                    fromMentions = true;
                }
            }
        }

        if (name.Length == 0)
            return "@" + userId;
        return fromMentions && actualId.Length > 0 ? $"@{name}({actualId})" : $"@{name}({userId})";
    }

    private string Image(JsonElement property)
    {
        var alt = "Image";
        if (GoJson.Obj(property, "alt") is { } altElement && TextOf(altElement) is { Length: > 0 } altText)
            alt = altText;
        if (GoJson.Obj(property, "title") is { } titleElement && TextOf(titleElement) is { Length: > 0 } title)
            alt = title;
        var text = "🖼️ " + alt;
        if (GoJson.S(property, "imageID") is { Length: > 0 } imageId)
        {
            var (originKey, token) = ImageKeys(imageId);
            text += originKey.Length > 0 ? "(img_key:" + originKey + ")" : token.Length > 0 ? "(img_token:" + token + ")" : "(img_key:" + imageId + ")";
        }

        return text;
    }

    private string ImageCombination(JsonElement property)
    {
        var count = GoJson.Count(property, "imgList");
        if (count == 0)
            return "";
        var keys = GoJson.Items(property, "imgList").Select(image => GoJson.S(image, "imageID")).Where(id => id.Length > 0).Select(id =>
        {
            var (originKey, token) = ImageKeys(id);
            return originKey.Length > 0 ? originKey : token.Length > 0 ? token : id;
        }).ToArray();
        var text = $"🖼️ {count} image(s)";
        return keys.Length > 0 ? text + "(keys:" + string.Join(',', keys) + ")" : text;
    }

    private static string Media(JsonElement property, string label, string alternativeId)
    {
        var id = GoJson.S(property, "fileID") is { Length: > 0 } fileId ? fileId : GoJson.S(property, alternativeId);
        return id.Length > 0 ? label + "(key:" + id + ")" : label;
    }

    private string Table(JsonElement property)
    {
        if (GoJson.Count(property, "columns") == 0)
            return "";
        var names = new List<string>();
        var keys = new List<string>();
        foreach (var column in GoJson.Items(property, "columns").Where(c => c.ValueKind == JsonValueKind.Object))
        {
            var name = GoJson.S(column, "name");
            names.Add(GoJson.S(column, "displayName") is { Length: > 0 } display ? display : name);
            keys.Add(name);
        }

        var lines = new List<string> { "| " + string.Join(" | ", names) + " |", "|" + string.Concat(Enumerable.Repeat("------|", names.Count)) };
        foreach (var row in GoJson.Items(property, "rows").Where(r => r.ValueKind == JsonValueKind.Object))
        {
            var cells = keys.Select(key => GoJson.Obj(row, key) is { } cell && GoJson.Field(cell, "data") is { ValueKind: not JsonValueKind.Null } data ? CellText(data) : "");
            lines.Add("| " + string.Join(" | ", cells) + " |");
        }

        return string.Join('\n', lines);
    }

    private string CellText(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.String => JsonText.Of(data) is { } text && GoMapTexts(text) is { Count: > 0 } texts ? string.Join(", ", texts) : JsonText.Of(data) ?? "",
        JsonValueKind.Number => data.TryGetDouble(out var number) ? GoText.Fixed(number) : "",
        JsonValueKind.Array => string.Join(' ', data.EnumerateArray().Select(item => GoJson.Str(item, "text")).OfType<string>().Select(t => "「" + t + "」")),
        JsonValueKind.Object => TextOf(data),
        _ => "",
    };

    // Lark sends some array cells as Go's own print of them ("[map[text:VIP] map[text:Premium]]"); the texts are read back out.
    private static List<string> GoMapTexts(string text)
    {
        var texts = new List<string>();
        if (!text.StartsWith('[') || !text.Contains("map[", StringComparison.Ordinal))
            return texts;
        const string Key = "text:";
        var rest = text;
        while (true)
        {
            var at = rest.IndexOf(Key, StringComparison.Ordinal);
            if (at < 0)
                break;
            var after = rest[(at + Key.Length)..];
            var bracket = after.IndexOf(']', StringComparison.Ordinal);
            var next = NextGoMapKey().Match(after);
            int end;
            if (next.Success && (bracket < 0 || next.Index < bracket))
            {
                end = next.Index;
            }
            else if (bracket >= 0)
            {
                end = bracket;
            }
            else
            {
                if (after.Length > 0)
                    texts.Add(after);
                break;
            }

            if (end > 0)
                texts.Add(after[..end]);
            rest = after[end..];
        }

        return texts;
    }

    private static string Chart(JsonElement property)
    {
        var title = "Chart";
        var type = "";
        var spec = GoJson.Obj(property, "chartSpec");
        if (spec is { } chartSpec)
        {
            if (GoJson.Obj(chartSpec, "title") is { } titleObject && GoJson.S(titleObject, "text") is { Length: > 0 } text)
                title = text;
            if (GoJson.S(chartSpec, "type") is { Length: > 0 } chartType)
            {
                type = chartType;
                if (ChartTypeNames.TryGetValue(chartType, out var typeName))
                    title = title != "Chart" ? title + " (" + typeName + ")" : typeName;
            }
        }

        var summary = spec is { } s ? ChartSummary(s, type) : "";
        return "📊 " + title + (summary.Length > 0 ? "\nSummary: " + summary : "");
    }

    private static string ChartSummary(JsonElement spec, string type)
    {
        // One series ({"values": […]}) or several ([{"values": […]}, …]).
        var values = GoJson.Field(spec, "data") switch
        {
            { ValueKind: JsonValueKind.Object } data => GoJson.Items(data, "values").ToList(),
            { ValueKind: JsonValueKind.Array } series => series.EnumerateArray().SelectMany(s => GoJson.Items(s, "values")).ToList(),
            _ => [],
        };
        if (values.Count == 0)
            return "";
        var (labelField, valueField) = type switch
        {
            "line" or "bar" or "area" => ("xField", "yField"),
            "pie" => ("categoryField", "valueField"),
            _ => ("", ""),
        };
        var points = $"{values.Count} data point(s)";
        if (labelField.Length == 0)
            return points;
        var label = GoJson.S(spec, labelField);
        var value = GoJson.S(spec, valueField);
        if (label.Length == 0 || value.Length == 0)
            return points;
        var parts = values.Where(v => v.ValueKind == JsonValueKind.Object).Select(v => Loose(v, label) + ":" + Loose(v, value)).ToArray();
        return parts.Length > 0 ? string.Join(", ", parts) : points;
    }

    // A field printed as Go's %v prints it (absent: "<nil>").
    private static string Loose(JsonElement element, string name) => GoJson.Field(element, name) is { } value ? GoText.Value(value) : "<nil>";

    [GeneratedRegex(" [a-zA-Z_][a-zA-Z0-9_]*:", RegexOptions.CultureInvariant)]
    private static partial Regex NextGoMapKey();
}
