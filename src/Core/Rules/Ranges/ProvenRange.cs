namespace Lark.Resources.Rules.Ranges;

/// <summary>The bytes a validated response carries and the total it proved.</summary>
/// <param name="Range">Where the response's bytes go.</param>
/// <param name="Total">The file's complete length.</param>
public readonly record struct ProvenRange(ByteRange Range, long Total);
