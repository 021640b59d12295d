namespace Lark.Emulator.Fixtures;

/// <summary>
/// A fixture the emulator cannot serve: a duplicate id or key, a reference to a message that does not exist,
/// an undefined enum value, a negative size, … The message names every offending entry, e.g.
/// <c>messages[3]: messageId "om_x" is also messages[1]</c>.
/// </summary>
public sealed class InvalidFixtureException : Exception
{
    /// <summary>Creates the exception for a list of problems, one per offending entry.</summary>
    public InvalidFixtureException(IReadOnlyList<string> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a single message.</summary>
    public InvalidFixtureException(string message)
        : base(message) => Problems = [message];

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public InvalidFixtureException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>Creates the exception with no detail.</summary>
    public InvalidFixtureException()
        : this("The fixture is invalid.")
    {
    }

    /// <summary>One line per problem, each starting with the entry it is about (<c>resources[2]</c>, …).</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"Invalid fixture: {problems[0]}"
            : $"Invalid fixture ({problems.Count} problems):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}";
    }
}
