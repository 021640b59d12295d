using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Properties.Download;

public class DownloadMachineProperties
{
    private static readonly ChunkPlanOptions SmallPlan = new() { ProbeSize = 16, ChunkSize = 64 };

    private static DownloadSpec Spec(ResourceType type, ChunkPlanOptions? plan = null) =>
        new(type, FileKey.Parse("file_v3_key").Value, null, plan ?? SmallPlan, RetryPolicy.Default);

    private static byte[] Content(int size, int seed) =>
        Enumerable.Range(0, size).Select(i => (byte)((i * 31) + seed)).ToArray();

    private static readonly Gen<Fault> Faults = Gen.Frequency(
        (6, Gen.Constant(Fault.None)),
        (1, Gen.Elements(Enum.GetValues<Fault>())));

    private static readonly Gen<(int Size, int Seed, bool Ranges, ResourceType Type, Fault[] Script)> Scenarios =
        from size in Gen.Frequency((1, Gen.Elements(0, 1, 15, 16, 17, 80, 81)), (3, Gen.Choose(0, 700)))
        from seed in Gen.Choose(0, 255)
        from ranges in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from type in Gen.Elements(ResourceType.File, ResourceType.Image)
        from script in Faults.ArrayOf()
        select (size, seed, ranges, type, script);

    [Property(MaxTest = 3000)]
    public Property Random_server_faults_end_in_the_right_file_or_a_clean_error() =>
        Prop.ForAll(Scenarios.ToArbitrary(), s =>
        {
            var content = Content(s.Size, s.Seed);
            var run = SimulatedShell.Drive(Spec(s.Type), new SimulatedServer(content, s.Ranges, s.Script));
            return run.Final switch
            {
                DownloadCommand.Commit commit => commit.Size == content.Length && run.Disk.AsSpan().SequenceEqual(content),
                DownloadCommand.Fail fail => !fail.Failure.Message.IsEmpty && !fail.Failure.Hint.IsEmpty,
                _ => false,
            };
        });

    [Property(MaxTest = 1000)]
    public Property Without_business_errors_the_download_always_completes() =>
        Prop.ForAll(Scenarios.Where(s => !s.Script.Contains(Fault.NoAccess) && s.Script.Length < 6 && !RejectedTwiceInARow(s.Script)).ToArbitrary(), s =>
        {
            var content = Content(s.Size, s.Seed);
            var run = SimulatedShell.Drive(Spec(s.Type), new SimulatedServer(content, s.Ranges, s.Script));
            return run.Final is DownloadCommand.Commit && run.Disk.AsSpan().SequenceEqual(content);
        });

    // A token refused again right after a refresh is a real auth failure, by design.
    private static bool RejectedTwiceInARow(Fault[] script) =>
        script.Zip(script.Skip(1)).Any(p => p is (Fault.TokenExpired, Fault.TokenExpired));

    [Property(MaxTest = 300)]
    public Property A_resumed_download_asks_only_for_the_missing_bytes() =>
        Prop.ForAll(Gen.Choose(2, 700).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (size, percent) =>
        {
            var content = Content(size, 7);
            var have = Math.Max(1, size * percent / 100);
            var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(content, true, []), content[..have], size);
            var first = run.Commands.OfType<DownloadCommand.Send>().First();
            return run.Final is DownloadCommand.Commit && run.Disk.AsSpan().SequenceEqual(content) && first.Range!.Value.First == have;
        });

    [Property(MaxTest = 300)]
    public Property A_resume_against_a_changed_file_starts_over() =>
        Prop.ForAll(Gen.Choose(20, 700).ToArbitrary(), size =>
        {
            var content = Content(size, 3);
            var stale = Content(10, 99);
            var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(content, true, []), stale, size + 5);
            return run.Final is DownloadCommand.Commit && run.Disk.AsSpan().SequenceEqual(content)
                && run.Commands.OfType<DownloadCommand.Send>().Any(c => c.DiscardPartial);
        });

    [Property(MaxTest = 1000)]
    public Property A_segment_machine_writes_exactly_its_segment_or_fails_cleanly() =>
        Prop.ForAll(Scenarios.Where(s => s.Size > 20).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (s, from, length) =>
        {
            var content = Content(s.Size, s.Seed);
            var first = Math.Max(1, s.Size * from / 100);
            var last = Math.Min(s.Size - 1, first + Math.Max(1, s.Size * length / 100));
            var segment = ByteRange.FromPositions(first, last).Value;
            var prefix = content[..first];
            var spec = Spec(ResourceType.File) with { Segment = segment };
            var run = SimulatedShell.Drive(spec, new SimulatedServer(content, true, s.Script), prefix, s.Size);
            return run.Final switch
            {
                DownloadCommand.SegmentDone done => done.Segment == segment
                    && run.Disk.Length >= segment.End
                    && run.Disk.AsSpan(0, (int)segment.End).SequenceEqual(content.AsSpan(0, (int)segment.End))
                    && run.Commands.OfType<DownloadCommand.Send>().All(c => c.Range is { } r && r.First >= segment.First && r.Last <= segment.Last),
                DownloadCommand.Fail fail => !fail.Failure.Hint.IsEmpty,
                _ => false,
            };
        });

    [Fact]
    public void Default_plan_asks_the_official_ranges()
    {
        var content = new byte[20 * 1024 * 1024];
        var run = SimulatedShell.Drive(Spec(ResourceType.File, ChunkPlanOptions.Default), new SimulatedServer(content, true, []));
        var asked = run.Commands.OfType<DownloadCommand.Send>().Select(s => RangeHeader.Format(s.Range!.Value));
        Assert.Equal(["bytes=0-131071", "bytes=131072-8519679", "bytes=8519680-16908287", "bytes=16908288-20971519"], asked);
        Assert.IsType<DownloadCommand.Commit>(run.Final);
    }

    [Fact]
    public void Images_are_one_plain_request()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.Image), new SimulatedServer(Content(500, 1), true, []));
        Assert.Equal([null], run.Commands.OfType<DownloadCommand.Send>().Select(s => s.Range));
        Assert.Equal(1, run.Requests);
    }

    [Fact]
    public void Business_errors_fail_after_one_request_with_their_classification()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(100, 1), true, [Fault.NoAccess]));
        var fail = Assert.IsType<DownloadCommand.Fail>(run.Final);
        Assert.Equal(1, run.Requests);
        Assert.Equal((ErrorCategory.Authorization, ErrorSubtype.PermissionDenied), (fail.Failure.Category, fail.Failure.Subtype));
        Assert.Equal(234002, fail.Failure.LarkCode);
        Assert.Equal("log-234002", fail.Failure.LogId);
        Assert.False(fail.Failure.Retryable);
        Assert.Contains(Term.DoNotRetry, fail.Failure.Hint.Terms);
    }

    [Fact]
    public void Expired_token_is_refreshed_once_and_the_download_continues()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(100, 1), true, [Fault.None, Fault.TokenExpired]));
        Assert.IsType<DownloadCommand.Commit>(run.Final);
        Assert.Equal(1, run.TokenRefreshes);
    }

    [Fact]
    public void Token_rejected_twice_in_a_row_fails_as_auth()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(100, 1), true, [Fault.TokenExpired, Fault.TokenExpired]));
        Assert.Equal(ErrorCategory.Authentication, Assert.IsType<DownloadCommand.Fail>(run.Final).Failure.Category);
    }

    [Fact]
    public void Ignored_range_restarts_at_zero_and_says_so()
    {
        var content = Content(300, 2);
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(content, true, [Fault.None, Fault.IgnoreRange]));
        Assert.True(run.Disk.AsSpan().SequenceEqual(content));
        Assert.Contains(run.Commands.OfType<DownloadCommand.Receive>(), r => r.Restarted && r.Offset == 0);
    }

    [Fact]
    public void Drop_mid_chunk_resumes_from_the_last_verified_byte()
    {
        var content = Content(300, 2);
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(content, true, [Fault.None, Fault.DropMidBody]));
        var sends = run.Commands.OfType<DownloadCommand.Send>().Select(s => s.Range!.Value).ToList();
        Assert.Equal(16, sends[1].First);
        Assert.True(sends[2].First > 16, "the retry must start after the bytes that arrived");
        Assert.Equal(sends[1].Last, sends[2].Last);
        Assert.True(run.Disk.AsSpan().SequenceEqual(content));
    }

    [Fact]
    public void A_lying_first_total_is_found_out_by_a_416_and_the_download_starts_over()
    {
        var content = Content(1, 107);
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(content, true, [Fault.ChangedTotal]));
        Assert.IsType<DownloadCommand.Commit>(run.Final);
        Assert.Equal(content, run.Disk);
        Assert.Contains(run.Commands.OfType<DownloadCommand.Send>(), s => s.DiscardPartial);
    }

    [Fact]
    public void A_complete_resume_asks_lark_for_its_last_byte_then_commits_under_the_name_the_earlier_answer_gave()
    {
        var context = new StepContext(DateTimeOffset.UnixEpoch, 0.5);
        var start = DownloadMachine.Start(Spec(ResourceType.File), 500, 500, "application/pdf", "attachment; filename=\"q.pdf\"");
        // Nothing is committed on the strength of an earlier run alone: this run's credentials must get an answer.
        Assert.Equal(new DownloadCommand.Send(ByteRange.FromPositions(499, 499).Value, false), start.Command);

        var answer = DownloadMachine.Step(start.State, new DownloadEvent.ResponseStarted(206, "bytes 499-499/500", 1, "application/pdf", null), context);
        Assert.Equal(new DownloadCommand.Receive(499, 1, false), answer.Command);
        var body = DownloadMachine.Step(answer.State, new DownloadEvent.BodyReceived(1), context);
        var commit = Assert.IsType<DownloadCommand.Commit>(DownloadMachine.Step(body.State, new DownloadEvent.BodyEnded(), context).Command);
        Assert.Equal(new SaveName("q.pdf", NameSource.ContentDisposition, false), commit.Name);
        Assert.Equal(500, commit.Size);
    }

    [Fact]
    public void A_complete_resume_that_lark_now_refuses_fails_without_committing()
    {
        var context = new StepContext(DateTimeOffset.UnixEpoch, 0.5);
        var start = DownloadMachine.Start(Spec(ResourceType.File), 500, 500, "application/pdf", null);

        var refused = DownloadMachine.Step(start.State, new DownloadEvent.ErrorResponse(401, new LarkError(234002, "no", "log", null, [], []), null, null, "log"), context);

        var fail = Assert.IsType<DownloadCommand.Fail>(refused.Command);
        Assert.Equal(ErrorCategory.Authorization, fail.Failure.Category);
    }

    [Fact]
    public void A_complete_resume_whose_size_changed_starts_over()
    {
        var context = new StepContext(DateTimeOffset.UnixEpoch, 0.5);
        var start = DownloadMachine.Start(Spec(ResourceType.File), 500, 500, "application/pdf", null);

        var changed = DownloadMachine.Step(start.State, new DownloadEvent.ResponseStarted(206, "bytes 499-499/900", 1, "application/pdf", null), context);

        var send = Assert.IsType<DownloadCommand.Send>(changed.Command);
        Assert.True(send.DiscardPartial);
        Assert.Equal(0, changed.State.Verified);
    }

    [Fact]
    public void A_200_without_length_must_deliver_the_size_a_206_proved()
    {
        var context = new StepContext(DateTimeOffset.UnixEpoch, 0.5);
        var probe = DownloadMachine.Start(Spec(ResourceType.File, ChunkPlanOptions.Default));
        var receiving = DownloadMachine.Step(probe.State, new DownloadEvent.ResponseStarted(206, "bytes 0-131071/1000000", 131072, "application/pdf", null), context);
        var got = DownloadMachine.Step(receiving.State, new DownloadEvent.BodyReceived(131072), context);
        var asked = DownloadMachine.Step(got.State, new DownloadEvent.BodyEnded(), context);
        Assert.IsType<DownloadCommand.Send>(asked.Command);

        var whole = DownloadMachine.Step(asked.State, new DownloadEvent.ResponseStarted(200, null, null, "application/pdf", null), context);
        Assert.Equal(new DownloadCommand.Receive(0, 1000000, true), whole.Command);
        var half = DownloadMachine.Step(whole.State, new DownloadEvent.BodyReceived(500000), context);
        var closed = DownloadMachine.Step(half.State, new DownloadEvent.BodyEnded(), context);
        Assert.IsNotType<DownloadCommand.Commit>(closed.Command);
        Assert.Equal(500000, closed.State.Verified);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("identity, gzip")]
    public void An_encoded_body_is_never_written(string encoding)
    {
        var context = new StepContext(DateTimeOffset.UnixEpoch, 0.5);
        var probe = DownloadMachine.Start(Spec(ResourceType.File, ChunkPlanOptions.Default));
        var answer = DownloadMachine.Step(probe.State, new DownloadEvent.ResponseStarted(206, "bytes 0-131071/1000000", 131072, "application/pdf", null, encoding), context);
        Assert.IsNotType<DownloadCommand.Receive>(answer.Command);
        Assert.Equal((ErrorCategory.Network, ErrorSubtype.Protocol), (answer.State.LastFailure?.Category, answer.State.LastFailure?.Subtype));

        var plain = DownloadMachine.Step(probe.State, new DownloadEvent.ResponseStarted(206, "bytes 0-131071/1000000", 131072, "application/pdf", null, "identity"), context);
        Assert.IsType<DownloadCommand.Receive>(plain.Command);
    }

    [Fact]
    public void Empty_file_is_a_416_with_zero_total()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer([], true, []));
        var commit = Assert.IsType<DownloadCommand.Commit>(run.Final);
        Assert.Equal(0, commit.Size);
    }

    [Fact]
    public void Commit_names_the_file_from_content_disposition()
    {
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(40, 1), true, []));
        var commit = Assert.IsType<DownloadCommand.Commit>(run.Final);
        Assert.Equal(new SaveName("report.pdf", NameSource.ContentDisposition, false), commit.Name);
    }

    [Fact]
    public void Persistent_invalid_answers_give_up_as_integrity_failures()
    {
        var script = Enumerable.Repeat(Fault.WrongStart, 50).ToArray();
        var run = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(100, 1), true, script));
        var fail = Assert.IsType<DownloadCommand.Fail>(run.Final);
        Assert.Equal((ErrorCategory.Network, ErrorSubtype.Protocol, false), (fail.Failure.Category, fail.Failure.Subtype, fail.Failure.Retryable));
        Assert.Equal(RetryPolicy.Default.MaxAttempts + 1, run.Requests);
    }

    [Fact]
    public void Events_after_the_end_are_refused_not_obeyed()
    {
        var done = SimulatedShell.Drive(Spec(ResourceType.File), new SimulatedServer(Content(10, 1), true, []));
        Assert.IsType<DownloadCommand.Commit>(done.Final);
        var start = DownloadMachine.Start(Spec(ResourceType.File));
        var next = DownloadMachine.Step(start.State, new DownloadEvent.BodyReceived(5), default);
        Assert.IsType<DownloadCommand.Fail>(next.Command);
    }
}
