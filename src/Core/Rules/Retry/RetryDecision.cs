namespace Lark.Resources.Rules.Retry;

/// <summary>What to do after a failure: stop, wait and retry, or get a new token and retry.</summary>
internal abstract record RetryDecision
{
    private RetryDecision()
    {
    }

    /// <summary>Give up.</summary>
    /// <param name="Reason">Why no retry is made.</param>
    public sealed record GiveUp(string Reason) : RetryDecision;

    /// <summary>Wait, then retry.</summary>
    /// <param name="Delay">How long.</param>
    public sealed record Wait(TimeSpan Delay) : RetryDecision;

    /// <summary>Get a fresh token, then retry at once.</summary>
    public sealed record RefreshToken : RetryDecision;
}
