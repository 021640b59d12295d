using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lark.Bench;

/// <summary>Runs a command under <c>/usr/bin/time -v</c> and reads wall, CPU and peak RSS from its report.</summary>
public static partial class TimedProcess
{
    public static async Task<Measurement> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string file, IEnumerable<string> args) =>
        (await RunCapturingAsync(workingDirectory, environment, file, args)).Measurement;

    /// <summary>The same, also returning what the command wrote on stdout.</summary>
    public static async Task<(Measurement Measurement, string Stdout)> RunCapturingAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string file, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("/usr/bin/time") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-v");
        info.ArgumentList.Add(file);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        var report = await stderr;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} exited {process.ExitCode}:\n{await stdout}\n{report}");
        var user = Seconds(UserTime().Match(report));
        var system = Seconds(SystemTime().Match(report));
        var rss = long.Parse(PeakRss().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        return (new Measurement(watch.Elapsed.TotalSeconds, user + system, rss), await stdout);
    }

    private static double Seconds(Match match) => double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"User time \(seconds\): ([0-9.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([0-9.]+)")]
    private static partial Regex SystemTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): ([0-9]+)")]
    private static partial Regex PeakRss();
}
