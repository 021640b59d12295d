namespace Lark.Emulator.Content;

/// <summary>How a request's <c>Range</c> relates to the resource.</summary>
internal enum ByteRangeKind
{
    None,
    Satisfiable,
    Unsatisfiable,
}
