using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Lark.Jq;

/// <summary>
/// Prints jq results the way the official Lark CLI prints <c>--jq</c> output: scalars raw (a string without
/// quotes, a number as jq prints it, <c>true</c>, <c>false</c>, <c>null</c>), arrays and objects as JSON
/// indented by two spaces with keys in their original order and non-ASCII characters as they are.
/// </summary>
public static class JqOutput
{
    /// <summary>One result as text, without a trailing newline.</summary>
    /// <param name="value">A result of <see cref="JqFilter.Evaluate(JsonNode?)"/>, or any JSON value.</param>
    public static string Render(JsonNode? value) => JqValues.KindOf(value) switch
    {
        JqValueKind.String => JqValues.StringOf(value),
        JqValueKind.Array or JqValueKind.Object => RenderJson(value, indent: true),
        _ => RenderJson(value, indent: false),
    };

    /// <summary>All results, one per line, joined by <c>\n</c> without a trailing newline.</summary>
    /// <param name="values">The results of <see cref="JqFilter.Evaluate(JsonNode?)"/>.</param>
    public static string RenderAll(IEnumerable<JsonNode?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join('\n', values.Select(Render));
    }

    /// <summary>
    /// <paramref name="value"/> as JSON the way jq dumps it: indented by two spaces (<c>"key": value</c>) or
    /// compact (<c>{"key":value}</c>), escaping only <c>"</c>, <c>\</c>, control characters and DEL.
    /// Iterative, so no depth of nesting can overflow the stack.
    /// </summary>
    internal static string RenderJson(JsonNode? value, bool indent)
    {
        var text = new StringBuilder();
        // Each frame is an open container and the children still to print.
        var stack = new Stack<(IEnumerator<KeyValuePair<string?, JsonNode?>> Children, bool IsObject, bool First)>();
        WriteValue(value);
        while (stack.Count > 0)
        {
            var (children, isObject, first) = stack.Pop();
            if (!children.MoveNext())
            {
                children.Dispose();
                if (!first)
                    NewLine(stack.Count);
                text.Append(isObject ? '}' : ']');
                continue;
            }

            stack.Push((children, isObject, false));
            if (!first)
                text.Append(',');
            NewLine(stack.Count);
            var (key, child) = children.Current;
            if (isObject)
            {
                WriteString(text, key ?? "");
                text.Append(indent ? ": " : ":");
            }

            WriteValue(child);
        }

        return text.ToString();

        void NewLine(int depth)
        {
            if (indent)
                text.Append('\n').Append(' ', 2 * depth);
        }

        void WriteValue(JsonNode? node)
        {
            switch (JqValues.KindOf(node))
            {
                case JqValueKind.Null:
                    text.Append("null");
                    break;
                case JqValueKind.False:
                    text.Append("false");
                    break;
                case JqValueKind.True:
                    text.Append("true");
                    break;
                case JqValueKind.Number:
                    text.Append(JqValues.NumberOf(node).ToString());
                    break;
                case JqValueKind.String:
                    WriteString(text, JqValues.StringOf(node));
                    break;
                case JqValueKind.Array:
                    text.Append('[');
                    var items = ((JsonArray)node!).Select(n => new KeyValuePair<string?, JsonNode?>(null, n));
                    stack.Push((items.GetEnumerator(), false, true));
                    break;
                default:
                    text.Append('{');
                    var members = ((JsonObject)node!).Select(p => new KeyValuePair<string?, JsonNode?>(p.Key, p.Value));
                    stack.Push((members.GetEnumerator(), true, true));
                    break;
            }
        }
    }

    /// <summary>A JSON string literal as jq writes it (also used to print filters canonically).</summary>
    internal static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case < ' ' or '\u007f':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // jq reads a lone surrogate as U+FFFD; printing it raw would make invalid UTF-8.
                        text.Append('\uFFFD');
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
