namespace Lark.Resources.Integration.Support;

/// <summary>Waits for a condition that another thread makes true (not a timing assertion: it fails only after 10 s).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"still waiting for: {what}");
            await Task.Delay(5);
        }
    }
}
