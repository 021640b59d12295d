using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Mcp;

/// <summary>A tool argument the rules refuse; reported as a validation tool error before any request.</summary>
public sealed class ToolInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ToolInputException()
        : base("invalid tool input")
    {
    }

    /// <summary>Creates the exception with what is wrong.</summary>
    public ToolInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with what is wrong and its cause.</summary>
    public ToolInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception from the library's refusal, worded later in the tools' words.</summary>
    public ToolInputException(LarkFailure failure)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Message.Render(ToolVocabulary.Instance))
    {
        Failure = failure;
    }

    /// <summary>The library's refusal, when it came from one.</summary>
    public LarkFailure? Failure { get; }

    /// <summary>The argument at fault, when one is (the error's <c>param</c>).</summary>
    public string? Param { get; init; }
}
