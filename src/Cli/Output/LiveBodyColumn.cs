using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lark.Cli.Output;

/// <summary>
/// The live display's second column: Spectre's bar, the percentage and the detail; or, after a second of silence,
/// what the item waits for in their place.
/// </summary>
/// <param name="layout">The current layout.</param>
internal sealed class LiveBodyColumn(Func<ProgressLayout> layout) : ProgressColumn
{
    /// <inheritdoc />
    protected override bool NoWrap => true;

    /// <inheritdoc />
    public override int? GetColumnWidth(RenderOptions options) => layout().Body;

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var snapshot = (ProgressSnapshot)task.Tag!;
        var widths = layout();
        if (snapshot.Waiting is { } waiting)
            return new Text(ProgressText.Fit(waiting, widths.Body), new Style(Color.Yellow));

        var grid = new Grid();
        grid.AddColumn(new GridColumn { Width = widths.Bar, NoWrap = true, Padding = new Padding(0, 0, 1, 0) });
        grid.AddColumn(new GridColumn { Width = ProgressLayout.Percent, NoWrap = true, Padding = new Padding(0, 0, widths.Detail > 0 ? 1 : 0, 0) });
        var percent = new Text(ProgressText.Percent(snapshot), snapshot.Finished ? new Style(Color.Green) : Style.Plain).RightJustified();
        var bar = new ProgressBarColumn { Width = widths.Bar }.Render(options, task, deltaTime);
        if (widths.Detail > 0)
        {
            grid.AddColumn(new GridColumn { Width = widths.Detail, NoWrap = true, Padding = new Padding(0) });
            grid.AddRow(bar, percent, new Text(ProgressText.Detail(snapshot, widths.Detail), new Style(Color.Grey)));
        }
        else
        {
            grid.AddRow(bar, percent);
        }

        return grid;
    }
}
