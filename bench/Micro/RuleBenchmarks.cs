using BenchmarkDotNet.Attributes;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;

namespace Lark.Micro;

/// <summary>The parsers and the planner on their hot paths; the memory diagnoser shows what they allocate.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private static readonly ByteRange Asked = ByteRange.FromPositions(131072, 8519679).Value;
    private const string Header = "bytes 131072-8519679/104857600";
    private const string Disposition = "attachment; filename=\"\u00e5\u00ad\u00a3\u00e5\u00ba\u00a6\u00e6\u008a\u00a5\u00e5\u0091\u008a.xlsx\"";

    [Benchmark]
    public bool ContentRangeParse() => ContentRange.Parse(Header).IsOk;

    [Benchmark]
    public bool RangeVerdictJudge() => RangeVerdict.Judge(Asked, Header, 8388608, "application/pdf", 104857600).IsOk;

    [Benchmark]
    public long ChunkPlanNext()
    {
        long sum = 0;
        for (var next = ChunkPlan.Next(131072, 104857600, ChunkPlanOptions.DefaultChunkSize); next is { } r; next = ChunkPlan.Next(r.End, 104857600, ChunkPlanOptions.DefaultChunkSize))
            sum += r.Length;
        return sum;
    }

    [Benchmark]
    public string RangeHeaderFormat() => RangeHeader.Format(Asked);

    [Benchmark]
    public string? ContentDispositionParse() => ContentDisposition.Parse(Disposition).Value.FileName;
}
