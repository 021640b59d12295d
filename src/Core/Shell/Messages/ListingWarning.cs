namespace Lark.Resources.Shell.Messages;

/// <summary>Something a listing could not do that does not fail it (reactions of a batch), as the official CLI warns.</summary>
/// <param name="Code">What failed, in the official CLI's words (<c>reactions_batch_query_failed</c>, <c>reactions_partial_failed</c>).</param>
/// <param name="Message">Why.</param>
public sealed record ListingWarning(string Code, string Message);
