using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lark.Cli.Output;

/// <summary>The live display's first column: the item's name, cut to the layout's width.</summary>
/// <param name="layout">The current layout.</param>
internal sealed class LiveNameColumn(Func<ProgressLayout> layout) : ProgressColumn
{
    /// <inheritdoc />
    protected override bool NoWrap => true;

    /// <inheritdoc />
    public override int? GetColumnWidth(RenderOptions options) => layout().Name;

    /// <inheritdoc />
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        var snapshot = (ProgressSnapshot)task.Tag!;
        return new Text(ProgressText.Fit(snapshot.Name, layout().Name));
    }
}
