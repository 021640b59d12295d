using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Rules.Download;

/// <summary>
/// The download as a pure state machine ("sans-I/O"): told what happened, it answers what to do next.
/// It never touches a socket or a file, so every rule of "never a wrong file" is a property of
/// <see cref="Step"/>: bytes are written only where a validated response put them, and the download
/// commits only when the verified length equals a proven total.
/// </summary>
internal static class DownloadMachine
{
    /// <summary>
    /// Starts a download, or resumes one from <paramref name="resumeFrom"/> verified bytes of <paramref name="resumeTotal"/>;
    /// a resumed download also knows the content type and disposition an earlier answer gave.
    /// </summary>
    /// <param name="spec">What to download and how.</param>
    /// <param name="resumeFrom">Verified bytes kept from earlier.</param>
    /// <param name="resumeTotal">The total those bytes belong to.</param>
    /// <param name="contentType">The content type an earlier answer gave.</param>
    /// <param name="contentDisposition">The disposition an earlier answer gave.</param>
    /// <param name="totalProven">Whether an answer of this run already proved the total (parallel segments finished).</param>
    public static Transition Start(DownloadSpec spec, long resumeFrom = 0, long? resumeTotal = null, string? contentType = null, string? contentDisposition = null, bool totalProven = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var valid = spec.Plan.Validate();
        if (!valid.IsOk)
            return Failed(new DownloadState { Spec = spec }, LarkFailure.Invalid(InputField.ChunkPlan, Wording.Of($"{InputField.ChunkPlan}: {valid.Error}; use positive probe and chunk sizes")));
        if (spec.Segment is { } segment)
            return StartSegment(spec, segment, resumeTotal, contentType, contentDisposition);
        var resumable = resumeFrom > 0 && resumeTotal is { } t && resumeFrom <= t;
        var state = new DownloadState
        {
            Spec = spec,
            Verified = resumable ? resumeFrom : 0,
            Total = resumable ? resumeTotal : null,
            ResumedFrom = resumable ? resumeFrom : 0,
            ContentType = resumable ? contentType : null,
            ContentDisposition = resumable ? contentDisposition : null,
            TotalProvenThisRun = resumable && totalProven,
        };
        return Request(state, discardPartial: false);
    }

    // A segment of a parallel download: the probe already proved the total and the headers.
    private static Transition StartSegment(DownloadSpec spec, ByteRange segment, long? total, string? contentType, string? contentDisposition)
    {
        var state = new DownloadState { Spec = spec, Verified = segment.First, Total = total, ContentType = contentType, ContentDisposition = contentDisposition };
        return total is { } t && segment.End <= t
            ? Request(state, discardPartial: false)
            : Failed(state, LarkFailure.Bug($"segment {segment} does not fit a file of {total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} bytes"));
    }

    /// <summary>Advances the machine by one event.</summary>
    public static Transition Step(DownloadState state, DownloadEvent happened, StepContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(happened);
        if (state.Phase is DownloadPhase.Done or DownloadPhase.Failed)
            return Unexpected(state, happened);

        return (state.Phase, happened) switch
        {
            (DownloadPhase.Requesting, DownloadEvent.ResponseStarted r) => OnResponse(state, r, context),
            (DownloadPhase.Requesting, DownloadEvent.ErrorResponse e) => OnError(state, e, context),
            (DownloadPhase.Receiving, DownloadEvent.BodyReceived b) => OnBody(state, b.Count, context),
            (DownloadPhase.Receiving, DownloadEvent.BodyEnded) => OnBodyEnded(state, context),
            (DownloadPhase.Requesting or DownloadPhase.Receiving, DownloadEvent.TransportFailed f) =>
                Retry(state, new Outcome.TransportFailure(f.Reason), Network(state, f.Reason, f.TimedOut), context),
            (DownloadPhase.Waiting, DownloadEvent.WaitElapsed) => Request(state, discardPartial: false),
            (DownloadPhase.Refreshing, DownloadEvent.TokenRefreshed) => Request(state, discardPartial: false),
            _ => Unexpected(state, happened),
        };
    }

    private static Transition OnResponse(DownloadState state, DownloadEvent.ResponseStarted response, StepContext context)
    {
        // Any content answer proves the token worked: a later rejection deserves a fresh refresh.
        state = state with
        {
            ContentType = response.ContentType ?? state.ContentType,
            ContentDisposition = response.ContentDisposition ?? state.ContentDisposition,
            TokenRefreshed = false,
        };
        // Ranges and lengths of a compressed body are not those of the file, and its bytes are not the file's.
        if (response.Status is 200 or 206 && !string.IsNullOrWhiteSpace(response.ContentEncoding)
            && !response.ContentEncoding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase))
            return Invalid(state, $"the body came encoded ({response.ContentEncoding.Trim()}) although identity was asked for", context);
        return response.Status switch
        {
            206 => OnPartial(state, response, context),
            200 when state.Spec.Segment is not null => Invalid(state, "the server ignored the range of a parallel segment and sent the whole file", context),
            200 => OnWhole(state, response),
            416 => OnUnsatisfiable(state, response, context),
            _ => Invalid(state, $"unexpected HTTP {response.Status} for a resource download", context),
        };
    }

    private static Transition OnPartial(DownloadState state, DownloadEvent.ResponseStarted response, StepContext context)
    {
        if (state.Asked is not { } asked)
            return Invalid(state, "the server sent a partial answer (206) to a request without a range", context);
        var verdict = RangeVerdict.Judge(asked, response.ContentRange, response.ContentLength, response.ContentType, state.Total);
        if (!verdict.TryGetValue(out var proven))
        {
            // Lark file keys name immutable content: a resumed download whose size changed belongs to another version.
            var newTotal = ContentRange.Parse(response.ContentRange).ValueOr(default).Total;
            if (IsStaleResume(state, newTotal))
                return StartOver(state);

            return newTotal is { } changed && state.Total is { } known && changed != known
                ? ChangedTotal(state, verdict.Error!, context)
                : Invalid(state, verdict.Error!, context);
        }

        var receiving = state with
        {
            Phase = DownloadPhase.Receiving,
            TotalProvenThisRun = true,
            Total = proven.Total,
            WindowStart = proven.Range.First,
            WindowLength = proven.Range.Length,
            WindowReceived = 0,
        };
        return new Transition(receiving, new DownloadCommand.Receive(proven.Range.First, proven.Range.Length, false));
    }

    // A 200 is the whole file: whatever was asked, the body starts at byte 0. Without a Content-Length, a size an
    // answer of this run proved is what the body must deliver: a connection that closes early is not the whole file.
    private static Transition OnWhole(DownloadState state, DownloadEvent.ResponseStarted response)
    {
        var proven = state.ResumedFrom > 0 && !state.ProgressThisRun ? null : state.Total;
        var length = response.ContentLength is >= 0 ? response.ContentLength : proven;
        var receiving = state with
        {
            Phase = DownloadPhase.Receiving,
            TotalProvenThisRun = length is not null,
            Total = length,
            Verified = 0,
            WindowStart = 0,
            WindowLength = length,
            WindowReceived = 0,
            Asked = null,
        };
        return new Transition(receiving, new DownloadCommand.Receive(0, length, Restarted: state.Verified > 0));
    }

    private static Transition OnUnsatisfiable(DownloadState state, DownloadEvent.ResponseStarted response, StepContext context)
    {
        var parsed = ContentRange.Parse(response.ContentRange);
        if (!parsed.TryGetValue(out var header) || header.Range is not null || header.Total is not { } total)
            return Invalid(state, "a 416 answer without \"Content-Range: bytes */total\"", context);
        if (total == 0)
            return Complete(state with { Total = 0, Verified = 0, TotalProvenThisRun = true });
        if (total == state.Verified && (state.Total is null || state.Total == total))
            return Complete(state with { Total = total, TotalProvenThisRun = true });
        if (IsStaleResume(state, total))
            return StartOver(state);
        var reason = $"the server says the file has {total} bytes, which does not fit the range asked for";
        return state.Total is { } known && known != total ? ChangedTotal(state, reason, context) : Invalid(state, reason, context);
    }

    private static Transition OnBody(DownloadState state, long count, StepContext context)
    {
        if (count < 0)
            return Unexpected(state, new DownloadEvent.BodyReceived(count));
        var received = state.WindowReceived + count;
        if (state.WindowLength is { } promised && received > promised)
        {
            // A body longer than its headers said cannot be trusted at all: drop what it wrote.
            var rolledBack = state with { Verified = state.WindowStart, WindowReceived = 0 };
            return Invalid(rolledBack, $"the body was longer than the {promised} bytes its headers promised", context);
        }

        var progressed = count > 0;
        var next = state with
        {
            WindowReceived = received,
            Verified = state.WindowStart + received,
            ProgressThisRun = state.ProgressThisRun || progressed,
            AttemptsWithoutProgress = progressed ? 0 : state.AttemptsWithoutProgress,
            TokenRefreshed = !progressed && state.TokenRefreshed,
        };
        return new Transition(next, new DownloadCommand.KeepReceiving());
    }

    private static Transition OnBodyEnded(DownloadState state, StepContext context)
    {
        if (state.WindowLength is { } promised && state.WindowReceived < promised)
        {
            var reason = $"the connection closed after {state.WindowReceived} of {promised} bytes";
            return Retry(state, new Outcome.TransportFailure(reason), Network(state, reason, timedOut: false), context);
        }

        // Without a length, the body's end proves the size (a 200 without Content-Length).
        var total = state.Total ?? state.WindowStart + state.WindowReceived;
        var next = state with { Total = total, TotalProvenThisRun = true };
        return next.Verified >= Limit(next) ? Complete(next) : Request(next, discardPartial: false);
    }

    private static Transition OnError(DownloadState state, DownloadEvent.ErrorResponse error, StepContext context)
    {
        var retryAfter = Max(RetryAfter.ParseReset(error.RateLimitReset), RetryAfter.Parse(error.RetryAfter, context.Now));
        var failure = ErrorCatalog.Failure(error.Status, error.Error, error.LogId, retryAfter: retryAfter);
        var outcome = new Outcome.HttpFailure(error.Status, error.Error?.Code, error.RateLimitReset, error.RetryAfter);
        var errorClass = error.Error is { } lark ? ErrorCatalog.Classify(lark.Code, error.Status) : ErrorCatalog.ClassifyStatus(error.Status);
        var tokenAccepted = errorClass.Retry != RetryAdvice.RefreshToken;
        return Retry(tokenAccepted ? state with { TokenRefreshed = false } : state, outcome, failure, context);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static Transition Retry(DownloadState state, Outcome outcome, LarkFailure failure, StepContext context)
    {
        var policy = state.Spec.Retry;
        var failed = state with { LastFailure = failure };
        if (state.TotalRetries >= policy.MaxTotalRetries)
            return Failed(failed, failure with { Message = Wording.Of($"{failure.Message} (gave up after {state.TotalRetries} retries)") });

        var decision = RetryRule.Decide(outcome, state.AttemptsWithoutProgress + 1, policy, context.RandomDraw, context.Now, state.TokenRefreshed);
        var counted = failed with { AttemptsWithoutProgress = state.AttemptsWithoutProgress + 1, TotalRetries = state.TotalRetries + 1 };
        return decision switch
        {
            RetryDecision.Wait wait => new Transition(counted with { Phase = DownloadPhase.Waiting }, new DownloadCommand.Wait(wait.Delay, failure.Message)),
            RetryDecision.RefreshToken => new Transition(counted with { Phase = DownloadPhase.Refreshing, TokenRefreshed = true }, new DownloadCommand.RefreshToken()),
            // A business error's message already says it all; other give-ups say why the retries stopped.
            RetryDecision.GiveUp giveUp when failure.LarkCode is null => Failed(failed, failure with { Message = Wording.Of($"{failure.Message} ({giveUp.Reason})") }),
            _ => Failed(failed, failure),
        };
    }

    // The next request follows from the verified bytes only, so a failure mid-body resumes where proof ends.
    private static Transition Request(DownloadState state, bool discardPartial)
    {
        var spec = state.Spec;
        ByteRange? range;
        if (state.Total is not null)
        {
            var limit = Limit(state);
            if (state.Verified >= limit && (state.TotalProvenThisRun || state.Spec.Segment is not null))
                return Complete(state);
            if (state.Verified >= limit)
            {
                // A complete partial from an earlier run: ask Lark for its last byte, so this run's credentials and a
                // validated answer confirm the resource and its size before anything is committed.
                var last = limit - 1;
                ByteRange? confirm = spec.Type == ResourceType.Image ? null : ByteRange.FromPositions(last, last).ValueOr(default);
                var asking = state with { Phase = DownloadPhase.Requesting, Verified = confirm is null ? state.Verified : last, Asked = confirm, WindowReceived = 0, WindowLength = null, WindowStart = confirm is null ? state.Verified : last, DiscardPending = false };
                return new Transition(asking, new DownloadCommand.Send(confirm, discardPartial || state.DiscardPending));
            }
            range = state.Asked is { } asked && asked.Last >= state.Verified && asked.First <= state.Verified
                ? ByteRange.FromPositions(state.Verified, Math.Min(asked.Last, limit - 1)).Value
                : ChunkPlan.Next(state.Verified, limit, spec.Plan.ChunkSize);
        }
        else if (spec.Type == ResourceType.Image)
        {
            range = null;
        }
        else
        {
            range = ChunkPlan.Probe(spec.Plan with { StartOffset = state.Verified }).Value;
        }

        var discard = discardPartial || state.DiscardPending;
        var next = state with { Phase = DownloadPhase.Requesting, Asked = range, WindowReceived = 0, WindowLength = null, WindowStart = state.Verified, DiscardPending = false };
        return new Transition(next, new DownloadCommand.Send(range, discard));
    }

    private static bool IsStaleResume(DownloadState state, long? newTotal) =>
        state.ResumedFrom > 0 && !state.ProgressThisRun && newTotal is { } t && t != state.Total;

    // A size that changed mid-download leaves no way to tell which answer was right: the bytes kept so far may
    // belong to the other version, so they are dropped and the download starts over (after a backoff).
    // A segment cannot start the whole file over; it retries, and the parallel run fails if the size stays wrong.
    private static Transition ChangedTotal(DownloadState state, string reason, StepContext context) =>
        state.Spec.Segment is not null
            ? Invalid(state, reason, context, ErrorSubtype.RepresentationChanged)
            : Invalid(state with { Verified = 0, Total = null, Asked = null, DiscardPending = true }, reason, context, ErrorSubtype.RepresentationChanged);

    // Where this machine's job ends: its segment's end, or the file's end.
    private static long Limit(DownloadState state) =>
        state.Spec.Segment is { } segment ? Math.Min(segment.End, state.Total ?? segment.End) : state.Total ?? long.MaxValue;

    private static Transition StartOver(DownloadState state) =>
        Request(state with { Verified = 0, Total = null, ResumedFrom = 0, Asked = null }, discardPartial: true);

    private static Transition Complete(DownloadState state)
    {
        if (state.Spec.Segment is { } segment)
            return new Transition(state with { Phase = DownloadPhase.Done }, new DownloadCommand.SegmentDone(segment));
        return new Transition(state with { Phase = DownloadPhase.Done }, new DownloadCommand.Commit(NameOf(state), state.Total ?? state.Verified, state.ContentType));
    }

    /// <summary>
    /// The name the file will be saved under, from what is known so far: the output path, else the
    /// <c>Content-Disposition</c> name made safe, else the file key; plus an extension from the content type.
    /// </summary>
    public static SaveName NameOf(DownloadState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var disposition = ContentDisposition.Parse(state.ContentDisposition).TryGetValue(out var header) ? header.FileName : null;
        return SaveName.Choose(state.Spec.Output, disposition, state.Spec.FileKey.Value, state.ContentType);
    }

    // A broken HTTP contract is network/protocol (asking the same again cannot change the answer); a size that changed
    // is network/representation_changed (starting over reads the current version).
    private static Transition Invalid(DownloadState state, string reason, StepContext context, ErrorSubtype subtype = ErrorSubtype.Protocol) =>
        Retry(state, new Outcome.InvalidResponse(reason), new LarkFailure
        {
            Category = ErrorCategory.Network,
            Subtype = subtype,
            Message = Wording.Text($"the server's answer could not be trusted: {reason}"),
            Hint = Wording.Of($"Nothing unverified was kept. This is usually a passing fault of the server or a proxy; {Term.RunAgain} (it resumes from the verified bytes)."),
            Fix = FixKind.Resume,
            Retryable = subtype == ErrorSubtype.RepresentationChanged,
        }, context);

    private static LarkFailure Network(DownloadState state, string reason, bool timedOut) => new()
    {
        Category = ErrorCategory.Network,
        Subtype = timedOut ? ErrorSubtype.Timeout : ErrorSubtype.Transport,
        Message = Wording.Text($"the connection failed: {reason}"),
        Hint = state.Verified > 0
            ? Wording.Of($"{state.Verified} verified bytes are kept; {Term.RunAgain} to resume from there.")
            : Wording.Of($"Check the network and the API base URL, then {Term.RunAgain}."),
        Fix = state.Verified > 0 ? FixKind.Resume : FixKind.CheckNetwork,
        Retryable = true,
    };

    private static Transition Failed(DownloadState state, LarkFailure failure) =>
        new(state with { Phase = DownloadPhase.Failed, LastFailure = failure }, new DownloadCommand.Fail(failure));

    private static Transition Unexpected(DownloadState state, DownloadEvent happened) =>
        state.Phase == DownloadPhase.Done
            ? Failed(state, LarkFailure.Bug($"unexpected {happened.GetType().Name} after the download completed"))
            : Failed(state, state.LastFailure is { } last && state.Phase == DownloadPhase.Failed
                ? last
                : LarkFailure.Bug($"unexpected {happened.GetType().Name} while {state.Phase}"));
}
