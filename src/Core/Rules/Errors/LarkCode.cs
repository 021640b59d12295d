using System.Globalization;
using System.Text.Json;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// The <c>code</c> of a Lark answer, the one reader of it: a JSON number or a numeric string (OAuth answers send
/// strings). A code that is present but cannot be read (too large, not a number) is never mistaken for success.
/// </summary>
public static class LarkCode
{
    /// <summary>What <see cref="Of"/> answers for a code that is present but unreadable: non-zero, so an error.</summary>
    public const int Unreadable = int.MinValue;

    /// <summary>Reads the code: none when <c>code</c> is absent or unreadable.</summary>
    public static int? Read(JsonElement root)
    {
        if (JsonText.Field(root, "code") is not { } value)
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(JsonText.Of(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    /// <summary>The code: 0 when absent (success), <see cref="Unreadable"/> when present but unreadable.</summary>
    public static int Of(JsonElement root) =>
        Read(root) is { } code ? code
        : JsonText.Field(root, "code") is not null ? Unreadable
        : 0;
}
