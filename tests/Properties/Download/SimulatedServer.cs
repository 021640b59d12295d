using System.Globalization;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.Download;

/// <summary>What the simulated server does with one request.</summary>
public enum Fault
{
    None,
    IgnoreRange,
    WrongStart,
    ShortBody,
    LongBody,
    ChangedTotal,
    DropMidBody,
    ServerError,
    RateLimited,
    TokenExpired,
    NoAccess,
    CleanEndEarly,
}

/// <summary>
/// A pure model of Lark's resource endpoint for driving the machine: answers a request with events, applying
/// one scripted fault per request (then behaving).
/// </summary>
internal sealed class SimulatedServer(byte[] content, bool honoursRanges, IReadOnlyList<Fault> script)
{
    private int _requests;

    public int Requests => _requests;

    /// <summary>The events a request produces, and the body bytes the shell would receive.</summary>
    public (DownloadEvent Head, byte[] Body, bool Drop) Answer(ByteRange? asked)
    {
        var fault = _requests < script.Count ? script[_requests] : Fault.None;
        _requests++;
        var total = content.Length;
        switch (fault)
        {
            case Fault.ServerError:
                return (Error(500, 0), [], false);
            case Fault.RateLimited:
                return (new DownloadEvent.ErrorResponse(429, Lark(99991400), "1", null, "log-429"), [], false);
            case Fault.TokenExpired:
                return (Error(400, 99991663), [], false);
            case Fault.NoAccess:
                return (Error(401, 234002), [], false);
        }

        if (asked is not { } range || !honoursRanges || fault == Fault.IgnoreRange)
        {
            var body = content;
            return fault switch
            {
                Fault.DropMidBody => (Ok200(total), body[..(total / 2)], true),
                Fault.CleanEndEarly => (Ok200(total), body[..(total / 2)], false),
                Fault.LongBody => (Ok200(total), [.. body, 1, 2, 3], false),
                _ => (Ok200(total), body, false),
            };
        }

        if (range.First >= total)
            return (new DownloadEvent.ResponseStarted(416, $"bytes */{total}", 0, "text/plain", null), [], false);
        var last = Math.Min(range.Last, total - 1);
        var first = range.First;
        var reportedTotal = (long)total;
        switch (fault)
        {
            case Fault.WrongStart:
                first = first + 1 <= last ? first + 1 : Math.Max(0, first - 1);
                break;
            case Fault.ShortBody when last > first:
                last = first + ((last - first) / 2);
                break;
            case Fault.ChangedTotal:
                reportedTotal = total + 7;
                break;
        }

        var slice = content[(int)first..(int)(last + 1)];
        var head = new DownloadEvent.ResponseStarted(206, string.Create(CultureInfo.InvariantCulture, $"bytes {first}-{last}/{reportedTotal}"), slice.Length, "application/pdf", "attachment; filename=\"report.pdf\"");
        return fault switch
        {
            Fault.DropMidBody => (head, slice[..(slice.Length / 2)], true),
            Fault.CleanEndEarly => (head, slice[..(slice.Length / 2)], false),
            Fault.LongBody => (head with { ContentLength = null }, [.. slice, 9, 9, 9], false),
            _ => (head, slice, false),
        };
    }

    private static DownloadEvent.ResponseStarted Ok200(int total) =>
        new(200, null, total, "application/pdf", "attachment; filename=\"report.pdf\"");

    private static DownloadEvent.ErrorResponse Error(int status, int code) =>
        new(status, code == 0 ? null : Lark(code), null, null, "log-" + code.ToString(CultureInfo.InvariantCulture));

    private static LarkError Lark(int code) => new(code, "simulated", "log-" + code.ToString(CultureInfo.InvariantCulture), null, [], []);
}
