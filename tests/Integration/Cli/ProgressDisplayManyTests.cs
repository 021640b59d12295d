using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>The display as a batch uses it: several items and counters at once, redrawn together in place.</summary>
public sealed class ProgressDisplayManyTests
{
    private static CliHost Host(TestClock clock, bool terminal) => new()
    {
        Environment = new Dictionary<string, string> { ["COLUMNS"] = "60" },
        WorkingDirectory = Path.GetTempPath(),
        Out = new StringWriter(),
        Error = new StringWriter(),
        In = new StringReader(""),
        ErrorIsTerminal = terminal,
        Time = clock,
    };

    [Fact]
    public async Task On_a_terminal_items_and_counters_are_one_line_each_redrawn_together()
    {
        var clock = new TestClock();
        var host = Host(clock, terminal: true);
        await using (var display = ProgressDisplay.Start(host))
        {
            var first = display.Add("img_v3_first");
            var second = display.Add("file_v3_second_with_a_much_longer_key_than_fits");
            display.Counters.Set("messages", 120);
            display.Counters.Set("resources", 0, 2);
            first.Update(512, 1024, 100);
            clock.Advance(TimeSpan.FromMilliseconds(100));
            first.Rename("first.png");
            first.Complete(1024);
            second.Update(10 << 20, 40 << 20, 1 << 20);
            display.Counters.Set("resources", 1, 2);
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var screen = new TerminalFrames(host.Error.ToString()!);
        Assert.All(screen.Frames, f => Assert.True(TerminalFrames.Cells(f) < 60, f));
        // The second draw moves up over the three lines of the first: counters, then one line per item.
        Assert.True(screen.CursorUps >= 1, screen.Raw);
        var last = screen.Frames.TakeLast(3).ToList();
        Assert.Equal("messages 120 · resources 1/2", last[0].TrimEnd());
        Assert.Matches(@"^first\.png +━+ 100%$", last[1].TrimEnd());
        Assert.Matches(@"^file_v3_second_with_a_… ━+  25%$", last[2].TrimEnd());
    }

    [Fact]
    public async Task On_a_pipe_counters_are_a_plain_line_when_they_change()
    {
        var clock = new TestClock();
        var host = Host(clock, terminal: false);
        await using (var display = ProgressDisplay.Start(host))
        {
            display.Counters.Set("messages", 120);
            clock.Advance(TimeSpan.FromSeconds(1));
            clock.Advance(TimeSpan.FromSeconds(1));
            display.Counters.Set("resources", 3, 80);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal("messages 120\nmessages 120 · resources 3/80\n", host.Error.ToString()!.ReplaceLineEndings("\n"));
    }
}
