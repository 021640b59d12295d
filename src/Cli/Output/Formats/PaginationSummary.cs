using System.Globalization;
using Lark.Resources.Rules.Conversations;

namespace Lark.Cli.Output.Formats;

/// <summary>The line table and pretty output end with: complete, or where to resume.</summary>
public static class PaginationSummary
{
    /// <summary>E.g. <c>Pagination: complete (1 page(s), 3 item(s))</c> or <c>… incomplete (…); resume token: "t"</c>.</summary>
    public static string Of(Pagination pagination)
    {
        ArgumentNullException.ThrowIfNull(pagination);
        var counts = string.Create(CultureInfo.InvariantCulture, $"{pagination.Pages} page(s), {pagination.Items} item(s)");
        return pagination.Complete || pagination.NextToken is null
            ? $"Pagination: complete ({counts})"
            : $"Pagination: incomplete ({counts}); resume token: \"{pagination.NextToken}\"";
    }
}
