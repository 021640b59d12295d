namespace Lark.Resources.Rules.Errors;

/// <summary>
/// A failure as a value, in the official CLI's error contract: its <see cref="Category"/> and <see cref="Subtype"/>,
/// what is wrong and what to do (as <see cref="Wording"/> each front end renders in its own words), which input is
/// at fault, what kind of fix it needs, and what the server said (code, log id, retry advice). Never holds a secret.
/// </summary>
public sealed record LarkFailure
{
    /// <summary>The contract's category.</summary>
    public required ErrorCategory Category { get; init; }

    /// <summary>The contract's subtype.</summary>
    public required ErrorSubtype Subtype { get; init; }

    /// <summary>What is wrong.</summary>
    public required Wording Message { get; init; }

    /// <summary>What to do about it.</summary>
    public required Wording Hint { get; init; }

    /// <summary>The kind of fix.</summary>
    public required FixKind Fix { get; init; }

    /// <summary>The offending input, for validation failures.</summary>
    public InputField? Input { get; init; }

    /// <summary>The Lark code, when the server sent one.</summary>
    public int? LarkCode { get; init; }

    /// <summary>The server's log id (<c>X-Tt-Logid</c>), to quote to Lark support.</summary>
    public string? LogId { get; init; }

    /// <summary>The HTTP status of the answer that failed, when there was one.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Whether trying again can help.</summary>
    public bool Retryable { get; init; }

    /// <summary>How long the server asked to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The scopes the server named as missing.</summary>
    public IReadOnlyList<string> MissingScopes { get; init; } = [];

    /// <summary>Verified bytes kept hidden for a resume, when a download failed part way.</summary>
    public long? KeptBytes { get; init; }

    /// <summary>An input that failed its check: validation/invalid_argument, fixed by changing it; nothing was sent.</summary>
    public static LarkFailure Invalid(InputField input, Wording message) => new()
    {
        Category = ErrorCategory.Validation,
        Subtype = ErrorSubtype.InvalidArgument,
        Message = message,
        Hint = Wording.Of($"Fix {input} and try again; nothing was sent."),
        Fix = FixKind.ChangeInput,
        Input = input,
    };

    /// <summary>A failure nobody foresaw: internal, reported as a bug of <see cref="Term.Program"/>.</summary>
    public static LarkFailure Bug(string what) => new()
    {
        Category = ErrorCategory.Internal,
        Subtype = ErrorSubtype.SdkError,
        Message = Wording.Text(what),
        Hint = Wording.Of($"This is a bug in {Term.Program}; please report it with this message."),
        Fix = FixKind.Report,
    };

    /// <summary>A local file could not be read or written: internal/file_io.</summary>
    public static LarkFailure LocalFile(Wording message, Wording hint) => new()
    {
        Category = ErrorCategory.Internal,
        Subtype = ErrorSubtype.FileIo,
        Message = message,
        Hint = hint,
        Fix = FixKind.CheckLocalFiles,
    };

    /// <summary>The message in the library's words (properties).</summary>
    public override string ToString() => $"{Category.ToWire()}/{Subtype.ToWire()}: {Message}";
}
