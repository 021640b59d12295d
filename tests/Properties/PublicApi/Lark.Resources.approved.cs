namespace Lark.Resources.Rules.Auth
{
    public sealed class DeviceAuthorization : System.IEquatable<Lark.Resources.Rules.Auth.DeviceAuthorization>
    {
        public DeviceAuthorization(string DeviceCode, string UserCode, string VerificationUri, string? VerificationUriComplete, System.TimeSpan ExpiresIn, System.TimeSpan Interval) { }
        public string DeviceCode { get; init; }
        public System.TimeSpan ExpiresIn { get; init; }
        public System.TimeSpan Interval { get; init; }
        public string UserCode { get; init; }
        public string VerificationUri { get; init; }
        public string? VerificationUriComplete { get; init; }
        public string VerificationUrl { get; }
        public override string ToString() { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Auth.DeviceAuthorization> Parse(System.Text.Json.JsonElement root) { }
    }
    public sealed class DevicePoll : System.IEquatable<Lark.Resources.Rules.Auth.DevicePoll>
    {
        public DevicePoll(Lark.Resources.Rules.Auth.DevicePollStatus Status, string? Error, string? Description, int? Code) { }
        public int? Code { get; init; }
        public string? Description { get; init; }
        public string? Error { get; init; }
        public bool KeepPolling { get; }
        public Lark.Resources.Rules.Auth.DevicePollStatus Status { get; init; }
    }
    public static class DevicePollRule
    {
        public const int DefaultIntervalSeconds = 5;
        public static readonly System.TimeSpan MaxInterval;
        public static readonly System.TimeSpan MinInterval;
        public static System.TimeSpan ClampInterval(System.TimeSpan interval) { }
        public static Lark.Resources.Rules.Auth.DevicePoll Classify(System.Text.Json.JsonElement root) { }
        public static Lark.Resources.Rules.Errors.LarkFailure Failure(Lark.Resources.Rules.Auth.DevicePoll poll) { }
        public static System.TimeSpan NextInterval(System.TimeSpan current, Lark.Resources.Rules.Auth.DevicePollStatus status) { }
        public static string ScopeWithOfflineAccess(string? scope) { }
        public static long? Seconds(System.Text.Json.JsonElement element, string name) { }
        public static Lark.Resources.Rules.Errors.LarkFailure StartFailure(System.Text.Json.JsonElement root, string appId, string reason) { }
        public static string? Text(System.Text.Json.JsonElement element, string name) { }
    }
    public enum DevicePollStatus
    {
        Approved = 0,
        Pending = 1,
        SlowDown = 2,
        Denied = 3,
        Expired = 4,
        InvalidGrant = 5,
        Failed = 6,
    }
    public sealed class UserTokens : System.IEquatable<Lark.Resources.Rules.Auth.UserTokens>
    {
        public UserTokens(string AccessToken, string? RefreshToken, System.DateTimeOffset ExpiresAt, System.DateTimeOffset? RefreshExpiresAt, string? Scope) { }
        public string AccessToken { get; init; }
        public System.DateTimeOffset ExpiresAt { get; init; }
        public System.DateTimeOffset? RefreshExpiresAt { get; init; }
        public string? RefreshToken { get; init; }
        public string? Scope { get; init; }
        public override string ToString() { }
    }
}
namespace Lark.Resources.Rules.Batch
{
    public sealed class SavedResource : System.IEquatable<Lark.Resources.Rules.Batch.SavedResource>
    {
        public SavedResource(string MessageId, string FileKey, string Type, string Path, long Size, string Sha256) { }
        public string FileKey { get; init; }
        public string MessageId { get; init; }
        public string Path { get; init; }
        public string Sha256 { get; init; }
        public long Size { get; init; }
        public string Type { get; init; }
    }
    public sealed class SavedResourceIndex
    {
        public const int MaxBytes = 67108864;
        public int Count { get; }
        public System.Collections.Generic.IEnumerable<Lark.Resources.Rules.Batch.SavedResource> Entries { get; }
        public static Lark.Resources.Rules.Batch.SavedResourceIndex Empty { get; }
        public Lark.Resources.Rules.Batch.SavedResource? Find(string messageId, string fileKey) { }
        public Lark.Resources.Rules.Batch.SavedResourceIndex Replay(System.ReadOnlySpan<byte> journal) { }
        public byte[] ToJson() { }
        public Lark.Resources.Rules.Batch.SavedResourceIndex With(Lark.Resources.Rules.Batch.SavedResource saved) { }
        public static Lark.Resources.Rules.Batch.SavedResourceIndex FromJson(System.ReadOnlySpan<byte> json) { }
        public static byte[] JournalLine(Lark.Resources.Rules.Batch.SavedResource saved) { }
        public static bool Reusable(Lark.Resources.Rules.Batch.SavedResource saved, long? presentSize) { }
    }
}
namespace Lark.Resources.Rules.Conversations
{
    public enum Container
    {
        Chat = 0,
        Thread = 1,
    }
    public static class ConversationIds
    {
        public static Lark.Resources.Rules.Validated<string> Chat(string? text) { }
        [return: System.Runtime.CompilerServices.TupleElementNames(new string?[]?[] {
                "Id",
                "IsMessage"})]
        public static Lark.Resources.Rules.Validated<System.ValueTuple<string, bool>> Thread(string? text) { }
        public static Lark.Resources.Rules.Validated<string> User(string? text) { }
    }
    public sealed class MessageListQuery : System.IEquatable<Lark.Resources.Rules.Conversations.MessageListQuery>
    {
        public const string ListPath = "open-apis/im/v1/messages";
        public const int MaxPageSize = 50;
        public MessageListQuery() { }
        public required Lark.Resources.Rules.Conversations.Container Container { get; init; }
        public required string ContainerId { get; init; }
        public long? EndSeconds { get; init; }
        public bool OnlyThreadRoots { get; init; }
        public Lark.Resources.Rules.Conversations.SortOrder Order { get; init; }
        public int PageSize { get; init; }
        public bool RawCards { get; init; }
        public long? StartSeconds { get; init; }
        public bool WithSenderName { get; init; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> Parameters(string? pageToken) { }
        public string PathAndQuery(string? pageToken) { }
        public Lark.Resources.Rules.Validated<Lark.Resources.Rules.Conversations.MessageListQuery> Validate() { }
        public static string Query(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, string>> parameters) { }
    }
    public abstract class PageStep : System.IEquatable<Lark.Resources.Rules.Conversations.PageStep>
    {
        public Lark.Resources.Rules.Conversations.Pagination Pagination { get; }
        public static Lark.Resources.Rules.Conversations.PageStep After(Lark.Resources.Rules.Conversations.Pagination before, int items, bool hasMore, string? pageToken, int pageLimit, System.Collections.Generic.IReadOnlySet<string> seenTokens) { }
        public sealed class Broken : Lark.Resources.Rules.Conversations.PageStep, System.IEquatable<Lark.Resources.Rules.Conversations.PageStep.Broken>
        {
            public Broken(Lark.Resources.Rules.Conversations.Pagination Pagination, Lark.Resources.Rules.Errors.LarkFailure Failure) { }
            public Lark.Resources.Rules.Errors.LarkFailure Failure { get; init; }
        }
        public sealed class Done : Lark.Resources.Rules.Conversations.PageStep, System.IEquatable<Lark.Resources.Rules.Conversations.PageStep.Done>
        {
            public Done(Lark.Resources.Rules.Conversations.Pagination Pagination) { }
        }
        public sealed class ReadNext : Lark.Resources.Rules.Conversations.PageStep, System.IEquatable<Lark.Resources.Rules.Conversations.PageStep.ReadNext>
        {
            public ReadNext(Lark.Resources.Rules.Conversations.Pagination Pagination, string PageToken) { }
            public string PageToken { get; init; }
        }
    }
    public sealed class Pagination : System.IEquatable<Lark.Resources.Rules.Conversations.Pagination>
    {
        public Pagination(bool Complete, int Pages, int Items, string? NextToken) { }
        public bool Complete { get; init; }
        public int Items { get; init; }
        public string? NextToken { get; init; }
        public int Pages { get; init; }
        public static Lark.Resources.Rules.Conversations.Pagination Start { get; }
    }
    public enum SortOrder
    {
        Ascending = 0,
        Descending = 1,
    }
}
namespace Lark.Resources.Rules.Download
{
    public static class DownloadFailures
    {
        public static Lark.Resources.Rules.Errors.Wording ResumeHint(long verified, long? total) { }
        public static Lark.Resources.Rules.Errors.LarkFailure TargetExists(string target, bool bytesKept, string? keptAs = null) { }
        public static Lark.Resources.Rules.Errors.LarkFailure WithResumeHint(Lark.Resources.Rules.Errors.LarkFailure failure, long verified, long? total) { }
    }
}
namespace Lark.Resources.Rules.Errors
{
    public static class ErrorCatalog
    {
        public const string ReadScope = "im:message:readonly";
        public static System.Collections.Generic.IReadOnlyCollection<Lark.Resources.Rules.Errors.ErrorClass> All { get; }
        public static Lark.Resources.Rules.Errors.ErrorClass Classify(int code, int httpStatus) { }
        public static Lark.Resources.Rules.Errors.ErrorClass ClassifyStatus(int httpStatus) { }
        public static Lark.Resources.Rules.Errors.LarkFailure Failure(int httpStatus, Lark.Resources.Rules.Errors.LarkError? error, string? logId, string? context = null, System.TimeSpan? retryAfter = default) { }
        public static Lark.Resources.Rules.Errors.Wording HintFor(Lark.Resources.Rules.Errors.ErrorClass errorClass, Lark.Resources.Rules.Errors.LarkError? error) { }
    }
    public static class ErrorCategories
    {
        public static string ToWire(this Lark.Resources.Rules.Errors.ErrorCategory category) { }
    }
    public enum ErrorCategory
    {
        Validation = 0,
        Authentication = 1,
        Authorization = 2,
        Config = 3,
        Network = 4,
        Api = 5,
        Policy = 6,
        Internal = 7,
        Confirmation = 8,
    }
    public sealed class ErrorClass : System.IEquatable<Lark.Resources.Rules.Errors.ErrorClass>
    {
        public ErrorClass(int Code, Lark.Resources.Rules.Errors.ErrorCategory Category, Lark.Resources.Rules.Errors.ErrorSubtype Subtype, Lark.Resources.Rules.Errors.RetryAdvice Retry, string Meaning, Lark.Resources.Rules.Errors.Wording Hint, Lark.Resources.Rules.Errors.FixKind Fix) { }
        public Lark.Resources.Rules.Errors.ErrorCategory Category { get; init; }
        public int Code { get; init; }
        public Lark.Resources.Rules.Errors.FixKind Fix { get; init; }
        public Lark.Resources.Rules.Errors.Wording Hint { get; init; }
        public string Meaning { get; init; }
        public Lark.Resources.Rules.Errors.RetryAdvice Retry { get; init; }
        public bool Retryable { get; }
        public Lark.Resources.Rules.Errors.ErrorSubtype Subtype { get; init; }
    }
    public enum ErrorSubtype
    {
        Unknown = 0,
        InvalidArgument = 1,
        FailedPrecondition = 2,
        CommandUnavailable = 3,
        TokenMissing = 4,
        TokenInvalid = 5,
        TokenExpired = 6,
        RefreshTokenInvalid = 7,
        RefreshTokenExpired = 8,
        RefreshTokenRevoked = 9,
        RefreshTokenReused = 10,
        RefreshServerError = 11,
        MissingScope = 12,
        UserUnauthorized = 13,
        AppScopeNotApplied = 14,
        TokenScopeInsufficient = 15,
        AppUnavailable = 16,
        AppDisabled = 17,
        PermissionDenied = 18,
        InvalidClient = 19,
        NotConfigured = 20,
        InvalidConfig = 21,
        Transport = 22,
        Timeout = 23,
        Tls = 24,
        Dns = 25,
        ServerError = 26,
        Protocol = 27,
        RepresentationChanged = 28,
        RateLimit = 29,
        Conflict = 30,
        CrossTenant = 31,
        CrossBrand = 32,
        InvalidParameters = 33,
        OwnershipMismatch = 34,
        NotFound = 35,
        QuotaExceeded = 36,
        AlreadyExists = 37,
        FeatureNotAvailable = 38,
        ChallengeRequired = 39,
        AccessDenied = 40,
        ContentSafety = 41,
        SdkError = 42,
        InvalidResponse = 43,
        FileIo = 44,
        ExternalTool = 45,
        Storage = 46,
        ConfirmationRequired = 47,
    }
    public static class ErrorSubtypes
    {
        public static string ToWire(this Lark.Resources.Rules.Errors.ErrorSubtype subtype) { }
    }
    public enum FixKind
    {
        None = 0,
        ChangeInput = 1,
        ChangeTarget = 2,
        ChangeIdentity = 3,
        LogIn = 4,
        Configure = 5,
        ChangeApp = 6,
        Retry = 7,
        WaitAndRetry = 8,
        Resume = 9,
        CheckNetwork = 10,
        CheckLocalFiles = 11,
        Report = 12,
    }
    public sealed class HelpLink : System.IEquatable<Lark.Resources.Rules.Errors.HelpLink>
    {
        public HelpLink(string Url, string Description) { }
        public string Description { get; init; }
        public string Url { get; init; }
    }
    public enum InputField
    {
        MessageId = 0,
        FileKey = 1,
        ResourceType = 2,
        Output = 3,
        Overwrite = 4,
        Directory = 5,
        Concurrency = 6,
        ChunkPlan = 7,
        ChatId = 8,
        ThreadId = 9,
        MessageIds = 10,
        UserId = 11,
        Start = 12,
        End = 13,
        Order = 14,
        PageSize = 15,
        PageToken = 16,
        PageLimit = 17,
        PageDelay = 18,
        ResourceConcurrency = 19,
        OutputDirectory = 20,
        Identity = 21,
        AppId = 22,
        AppSecret = 23,
        Brand = 24,
        OpenBaseUrl = 25,
        AccountsBaseUrl = 26,
    }
    public static class LarkCode
    {
        public const int Unreadable = -2147483648;
        public static int Of(System.Text.Json.JsonElement root) { }
        public static int? Read(System.Text.Json.JsonElement root) { }
    }
    public sealed class LarkError : System.IEquatable<Lark.Resources.Rules.Errors.LarkError>
    {
        public LarkError(int Code, string Message, string? LogId, string? Troubleshooter, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Errors.PermissionViolation> PermissionViolations, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Errors.HelpLink> Helps) { }
        public int Code { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Errors.HelpLink> Helps { get; init; }
        public string? LogId { get; init; }
        public string Message { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Errors.PermissionViolation> PermissionViolations { get; init; }
        public string? Troubleshooter { get; init; }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Errors.LarkError> Parse(string? body, string? headerLogId = null) { }
    }
    public sealed class LarkFailure : System.IEquatable<Lark.Resources.Rules.Errors.LarkFailure>
    {
        public LarkFailure() { }
        public required Lark.Resources.Rules.Errors.ErrorCategory Category { get; init; }
        public required Lark.Resources.Rules.Errors.FixKind Fix { get; init; }
        public required Lark.Resources.Rules.Errors.Wording Hint { get; init; }
        public int? HttpStatus { get; init; }
        public Lark.Resources.Rules.Errors.InputField? Input { get; init; }
        public long? KeptBytes { get; init; }
        public int? LarkCode { get; init; }
        public string? LogId { get; init; }
        public required Lark.Resources.Rules.Errors.Wording Message { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> MissingScopes { get; init; }
        public System.TimeSpan? RetryAfter { get; init; }
        public bool Retryable { get; init; }
        public required Lark.Resources.Rules.Errors.ErrorSubtype Subtype { get; init; }
        public override string ToString() { }
        public static Lark.Resources.Rules.Errors.LarkFailure Bug(string what) { }
        public static Lark.Resources.Rules.Errors.LarkFailure Invalid(Lark.Resources.Rules.Errors.InputField input, Lark.Resources.Rules.Errors.Wording message) { }
        public static Lark.Resources.Rules.Errors.LarkFailure LocalFile(Lark.Resources.Rules.Errors.Wording message, Lark.Resources.Rules.Errors.Wording hint) { }
    }
    public sealed class PermissionViolation : System.IEquatable<Lark.Resources.Rules.Errors.PermissionViolation>
    {
        public PermissionViolation(string Type, string Subject) { }
        public string Subject { get; init; }
        public string Type { get; init; }
    }
    public sealed class PlainVocabulary : Lark.Resources.Rules.Errors.Vocabulary
    {
        public static Lark.Resources.Rules.Errors.PlainVocabulary Instance { get; }
        public override string Input(Lark.Resources.Rules.Errors.InputField field) { }
        public override string Words(Lark.Resources.Rules.Errors.Term term) { }
    }
    public enum RetryAdvice
    {
        Never = 0,
        RefreshToken = 1,
        Backoff = 2,
        Few = 3,
    }
    public readonly struct Term : System.IEquatable<Lark.Resources.Rules.Errors.Term>
    {
        public Term(Lark.Resources.Rules.Errors.TermKind Kind, string? Argument = null) { }
        public string? Argument { get; init; }
        public Lark.Resources.Rules.Errors.TermKind Kind { get; init; }
        public static Lark.Resources.Rules.Errors.Term BotIdentity { get; }
        public static Lark.Resources.Rules.Errors.Term Configure { get; }
        public static Lark.Resources.Rules.Errors.Term DoNotRetry { get; }
        public static Lark.Resources.Rules.Errors.Term OtherIdentity { get; }
        public static Lark.Resources.Rules.Errors.Term Overwrite { get; }
        public static Lark.Resources.Rules.Errors.Term Program { get; }
        public static Lark.Resources.Rules.Errors.Term RunAgain { get; }
        public static Lark.Resources.Rules.Errors.Term ShowConfiguration { get; }
        public static Lark.Resources.Rules.Errors.Term UserIdentity { get; }
        public static Lark.Resources.Rules.Errors.Term WorkingDirectory { get; }
        public static Lark.Resources.Rules.Errors.Term LogIn(string? scope = null) { }
    }
    public enum TermKind
    {
        UserIdentity = 0,
        BotIdentity = 1,
        OtherIdentity = 2,
        LogIn = 3,
        Configure = 4,
        ShowConfiguration = 5,
        Overwrite = 6,
        RunAgain = 7,
        DoNotRetry = 8,
        WorkingDirectory = 9,
        Program = 10,
    }
    public abstract class Vocabulary
    {
        protected Vocabulary() { }
        public abstract string Input(Lark.Resources.Rules.Errors.InputField field);
        public abstract string Words(Lark.Resources.Rules.Errors.Term term);
    }
    public sealed class Wording : System.IEquatable<Lark.Resources.Rules.Errors.Wording>
    {
        public System.Collections.Generic.IEnumerable<Lark.Resources.Rules.Errors.InputField> Inputs { get; }
        public bool IsEmpty { get; }
        public System.Collections.Generic.IEnumerable<Lark.Resources.Rules.Errors.Term> Terms { get; }
        public static Lark.Resources.Rules.Errors.Wording Empty { get; }
        public bool Equals(Lark.Resources.Rules.Errors.Wording? other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public string Render(Lark.Resources.Rules.Errors.Vocabulary vocabulary) { }
        public Lark.Resources.Rules.Errors.Wording Then(Lark.Resources.Rules.Errors.Wording other) { }
        public override string ToString() { }
        public static Lark.Resources.Rules.Errors.Wording Of(Lark.Resources.Rules.Errors.Wording.Builder builder) { }
        public static Lark.Resources.Rules.Errors.Wording Text(string text) { }
        [System.Runtime.CompilerServices.InterpolatedStringHandler]
        public readonly struct Builder
        {
            public Builder(int literalLength, int formattedCount) { }
            public void AppendFormatted(Lark.Resources.Rules.Errors.InputField field) { }
            public void AppendFormatted(Lark.Resources.Rules.Errors.Term term) { }
            public void AppendFormatted(Lark.Resources.Rules.Errors.Wording wording) { }
            public void AppendFormatted<T>(T value) { }
            public void AppendFormatted<T>(T value, string? format)
                where T : System.IFormattable { }
            public void AppendLiteral(string text) { }
        }
    }
}
namespace Lark.Resources.Rules.Identifiers
{
    public readonly struct FileKey : System.IEquatable<Lark.Resources.Rules.Identifiers.FileKey>
    {
        public const int MaxLength = 256;
        public Lark.Resources.Rules.Identifiers.ResourceType? ImpliedType { get; }
        public string Value { get; }
        public override string ToString() { }
        public static Lark.Resources.Rules.Validated<Lark.Resources.Rules.Identifiers.FileKey> Parse(string? text) { }
    }
    public enum LarkBrand
    {
        Feishu = 0,
        Lark = 1,
    }
    public static class LarkBrands
    {
        public static System.Uri AccountsBase(this Lark.Resources.Rules.Identifiers.LarkBrand brand) { }
        public static System.Uri OpenBase(this Lark.Resources.Rules.Identifiers.LarkBrand brand) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Identifiers.LarkBrand> Parse(string? text) { }
        public static Lark.Resources.Rules.Result<System.Uri> ParseBaseUrl(string? text, string name) { }
        public static string ToWire(this Lark.Resources.Rules.Identifiers.LarkBrand brand) { }
    }
    public readonly struct MessageId : System.IEquatable<Lark.Resources.Rules.Identifiers.MessageId>
    {
        public string Value { get; }
        public override string ToString() { }
        public static Lark.Resources.Rules.Validated<Lark.Resources.Rules.Identifiers.MessageId> Parse(string? text, Lark.Resources.Rules.Errors.InputField input = 0) { }
    }
    public enum ResourceType
    {
        Image = 0,
        File = 1,
    }
    public static class ResourceTypes
    {
        public static Lark.Resources.Rules.Validated<Lark.Resources.Rules.Identifiers.ResourceType> Matching(this Lark.Resources.Rules.Identifiers.ResourceType type, Lark.Resources.Rules.Identifiers.FileKey key) { }
        public static Lark.Resources.Rules.Validated<Lark.Resources.Rules.Identifiers.ResourceType> Parse(string? text) { }
        public static string ToWire(this Lark.Resources.Rules.Identifiers.ResourceType type) { }
    }
}
namespace Lark.Resources.Rules
{
    public static class JsonText
    {
        public static System.Text.Json.JsonElement? Field(System.Text.Json.JsonElement element, string name) { }
        public static string Name(System.Text.Json.JsonProperty property) { }
        public static string? Of(System.Text.Json.JsonElement value) { }
        public static string? Property(System.Text.Json.JsonElement element, string name) { }
    }
    public readonly struct Result<T> : System.IEquatable<Lark.Resources.Rules.Result<T>>
    {
        public string? Error { get; }
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, "Error")]
        [get: System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, "Error")]
        public bool IsOk { get; }
        public T Value { get; }
        public Lark.Resources.Rules.Result<TOut> Bind<TOut>(System.Func<T, Lark.Resources.Rules.Result<TOut>> next) { }
        public bool Equals(Lark.Resources.Rules.Result<T> other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public Lark.Resources.Rules.Result<TOut> Map<TOut>(System.Func<T, TOut> map) { }
        public override string ToString() { }
        public bool TryGetValue([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value) { }
        public T ValueOr(T fallback) { }
        public static Lark.Resources.Rules.Result<T> Fail(string error) { }
        public static Lark.Resources.Rules.Result<T> Ok(T value) { }
        public static bool operator !=(Lark.Resources.Rules.Result<T> left, Lark.Resources.Rules.Result<T> right) { }
        public static bool operator ==(Lark.Resources.Rules.Result<T> left, Lark.Resources.Rules.Result<T> right) { }
    }
    public readonly struct Validated<T> : System.IEquatable<Lark.Resources.Rules.Validated<T>>
    {
        public Lark.Resources.Rules.Errors.LarkFailure? Failure { get; }
        [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, "Failure")]
        [get: System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, "Failure")]
        public bool IsOk { get; }
        public T Value { get; }
        public bool Equals(Lark.Resources.Rules.Validated<T> other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public Lark.Resources.Rules.Validated<TOut> Map<TOut>(System.Func<T, TOut> map) { }
        public override string ToString() { }
        public bool TryGetValue([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value) { }
        public bool TryGetValue([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(true)] out Lark.Resources.Rules.Errors.LarkFailure failure) { }
        public static Lark.Resources.Rules.Validated<T> Fail(Lark.Resources.Rules.Errors.LarkFailure failure) { }
        public static Lark.Resources.Rules.Validated<T> Invalid(Lark.Resources.Rules.Errors.InputField input, Lark.Resources.Rules.Errors.Wording message) { }
        public static Lark.Resources.Rules.Validated<T> Ok(T value) { }
        public static bool operator !=(Lark.Resources.Rules.Validated<T> left, Lark.Resources.Rules.Validated<T> right) { }
        public static bool operator ==(Lark.Resources.Rules.Validated<T> left, Lark.Resources.Rules.Validated<T> right) { }
    }
}
namespace Lark.Resources.Rules.Messages
{
    public sealed class ContentResource : System.IEquatable<Lark.Resources.Rules.Messages.ContentResource>
    {
        public ContentResource(string FileKey, Lark.Resources.Rules.Identifiers.ResourceType Type, string Kind, string? FileName = null) { }
        public string FileKey { get; init; }
        public string? FileName { get; init; }
        public string Kind { get; init; }
        public Lark.Resources.Rules.Identifiers.ResourceType Type { get; init; }
    }
    public sealed class LarkMessage : System.IEquatable<Lark.Resources.Rules.Messages.LarkMessage>
    {
        public LarkMessage(string MessageId, string? RootId, string? ParentId, string? ThreadId, string MsgType, long? CreateTimeMs, long? UpdateTimeMs, bool Deleted, bool Updated, string? ChatId, Lark.Resources.Rules.Messages.MessageSender? Sender, string? Content, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageMention> Mentions, string? UpperMessageId) { }
        public string? ChatId { get; init; }
        public string? Content { get; init; }
        public long? CreateTimeMs { get; init; }
        public bool Deleted { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageMention> Mentions { get; init; }
        public string? MessageAppLink { get; init; }
        public string MessageId { get; init; }
        public string? MessagePosition { get; init; }
        public string MsgType { get; init; }
        public string? ParentId { get; init; }
        public string? RootId { get; init; }
        public Lark.Resources.Rules.Messages.MessageSender? Sender { get; init; }
        public string? ThreadId { get; init; }
        public string? ThreadMessagePosition { get; init; }
        public long? UpdateTimeMs { get; init; }
        public bool Updated { get; init; }
        public string? UpperMessageId { get; init; }
        public Lark.Resources.Rules.Messages.MessageItem ToItem() { }
        public static Lark.Resources.Rules.Messages.LarkMessage? Parse(System.Text.Json.JsonElement item) { }
    }
    public sealed class ListedMessage : System.IEquatable<Lark.Resources.Rules.Messages.ListedMessage>
    {
        public ListedMessage() { }
        public string? ChatId { get; init; }
        public required string Content { get; init; }
        public required string CreateTime { get; init; }
        public bool Deleted { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageMention> Mentions { get; init; }
        public string? MessageAppLink { get; init; }
        public required string MessageId { get; init; }
        public string? MessagePosition { get; init; }
        public required string MsgType { get; init; }
        public string? RawContent { get; init; }
        public Lark.Resources.Rules.Messages.MessageReactions? Reactions { get; init; }
        public bool ReactionsError { get; init; }
        public string? ReplyTo { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ResourceEntry>? Resources { get; init; }
        public Lark.Resources.Rules.Messages.MessageSender? Sender { get; init; }
        public bool ThreadHasMore { get; init; }
        public string? ThreadId { get; init; }
        public string? ThreadMessagePosition { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedMessage>? ThreadReplies { get; init; }
        public bool ThreadRepliesError { get; init; }
        public string? UpdateTime { get; init; }
        public bool Updated { get; init; }
    }
    public static class ListedMessages
    {
        public static Lark.Resources.Rules.Messages.ListedMessage From(Lark.Resources.Rules.Messages.LarkMessage message, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> subMessages, System.TimeZoneInfo zone, System.Collections.Generic.IReadOnlyDictionary<string, string>? senderNames = null, Lark.Resources.Rules.Identifiers.LarkBrand? brand = default) { }
        public static System.Collections.Generic.IReadOnlyList<string> ReactionQueryIds(System.Collections.Generic.IEnumerable<Lark.Resources.Rules.Messages.ListedMessage> messages) { }
        public static System.Text.Json.Nodes.JsonObject ToJson(Lark.Resources.Rules.Messages.ListedMessage message) { }
        public static System.Text.Json.Nodes.JsonObject ToJson(Lark.Resources.Rules.Messages.ListedMessage message, Lark.Resources.Rules.Errors.Vocabulary words) { }
        public static Lark.Resources.Rules.Messages.ListedMessage WithReactions(Lark.Resources.Rules.Messages.ListedMessage message, System.Collections.Generic.IReadOnlyDictionary<string, Lark.Resources.Rules.Messages.MessageReactions> reactions, System.Collections.Generic.IReadOnlySet<string>? failedIds = null) { }
    }
    public sealed class ListedResource : System.IEquatable<Lark.Resources.Rules.Messages.ListedResource>
    {
        public ListedResource(string MessageId, string FileKey, Lark.Resources.Rules.Identifiers.ResourceType Type, string Kind, string? FileName, string? SubMessageId) { }
        public string FileKey { get; init; }
        public string? FileName { get; init; }
        public string Kind { get; init; }
        public string MessageId { get; init; }
        public string? SubMessageId { get; init; }
        public Lark.Resources.Rules.Identifiers.ResourceType Type { get; init; }
    }
    public sealed class ListedUnavailable : System.IEquatable<Lark.Resources.Rules.Messages.ListedUnavailable>
    {
        public ListedUnavailable(string Kind, string? FileKey, string Reason, string? SubMessageId) { }
        public string? FileKey { get; init; }
        public string Kind { get; init; }
        public string Reason { get; init; }
        public string? SubMessageId { get; init; }
    }
    public sealed class MessageContent : System.IEquatable<Lark.Resources.Rules.Messages.MessageContent>
    {
        public MessageContent(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ContentResource> Resources, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.UnavailableResource> Unavailable) { }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ContentResource> Resources { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.UnavailableResource> Unavailable { get; init; }
        public static Lark.Resources.Rules.Messages.MessageContent Empty { get; }
    }
    public static class MessageContentParser
    {
        public const int MaxContentChars = 1048576;
        public const int MaxDepth = 64;
        public static Lark.Resources.Rules.Messages.MessageContent Parse(string? msgType, string? content) { }
    }
    public sealed class MessageItem : System.IEquatable<Lark.Resources.Rules.Messages.MessageItem>
    {
        public MessageItem(string MessageId, string? MsgType, string? Content, string? UpperMessageId) { }
        public string? Content { get; init; }
        public string MessageId { get; init; }
        public string? MsgType { get; init; }
        public string? UpperMessageId { get; init; }
        public static Lark.Resources.Rules.Result<System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageItem>> ParseAnswer(System.Text.Json.JsonElement root) { }
    }
    public sealed class MessageMention : System.IEquatable<Lark.Resources.Rules.Messages.MessageMention>
    {
        public MessageMention(string Key, string? Id, string? IdType, string? Name) { }
        public string? Id { get; init; }
        public string? IdType { get; init; }
        public string Key { get; init; }
        public string? Name { get; init; }
    }
    public sealed class MessagePage : System.IEquatable<Lark.Resources.Rules.Messages.MessagePage>
    {
        public MessagePage(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> Items, bool HasMore, string? PageToken) { }
        public bool HasMore { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> Items { get; init; }
        public string? PageToken { get; init; }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Messages.MessagePage> Parse(System.Text.Json.JsonElement root) { }
    }
    public sealed class MessageReactions : System.IEquatable<Lark.Resources.Rules.Messages.MessageReactions>
    {
        public MessageReactions(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ReactionCount> Counts, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ReactionDetail> Details) { }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ReactionCount> Counts { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ReactionDetail> Details { get; init; }
        public bool Failed { get; init; }
        public bool HasAny { get; }
        public static Lark.Resources.Rules.Result<System.Collections.Generic.IReadOnlyDictionary<string, Lark.Resources.Rules.Messages.MessageReactions>> ParseBatch(System.Text.Json.JsonElement root) { }
    }
    public static class MessageRenderer
    {
        public static string MergeForwardFetchFailed(string error) { }
        public static string RenderContent(Lark.Resources.Rules.Messages.LarkMessage message, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> subMessages, System.TimeZoneInfo zone, System.Collections.Generic.IReadOnlyDictionary<string, string>? senderNames = null) { }
    }
    public static class MessageResourceRefs
    {
        public static System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedResource> Of(Lark.Resources.Rules.Messages.LarkMessage message, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> subMessages) { }
    }
    public sealed class MessageSender : System.IEquatable<Lark.Resources.Rules.Messages.MessageSender>
    {
        public MessageSender(string? Id, string? IdType, string? SenderType, string? TenantKey, string? Name) { }
        public string? Id { get; init; }
        public string? IdType { get; init; }
        public string? Json { get; init; }
        public string? Name { get; init; }
        public string? SenderType { get; init; }
        public string? TenantKey { get; init; }
    }
    public sealed class ReactionCount : System.IEquatable<Lark.Resources.Rules.Messages.ReactionCount>
    {
        public ReactionCount(string? ReactionType, long? Count) { }
        public long? Count { get; init; }
        public string? Json { get; init; }
        public string? ReactionType { get; init; }
    }
    public sealed class ReactionDetail : System.IEquatable<Lark.Resources.Rules.Messages.ReactionDetail>
    {
        public ReactionDetail(string? ReactionId, string? EmojiType, string? OperatorId, string? OperatorType, string? ActionTime) { }
        public string? ActionTime { get; init; }
        public string? EmojiType { get; init; }
        public string? Json { get; init; }
        public string? OperatorId { get; init; }
        public string? OperatorType { get; init; }
        public string? ReactionId { get; init; }
    }
    public sealed class ResourceEntry : System.IEquatable<Lark.Resources.Rules.Messages.ResourceEntry>
    {
        public ResourceEntry(string MessageId, string Key, string Type, string? LocalPath, long? SizeBytes, string? Sha256, Lark.Resources.Rules.Errors.LarkFailure? Error) { }
        public Lark.Resources.Rules.Errors.LarkFailure? Error { get; init; }
        public string? FileName { get; init; }
        public string Key { get; init; }
        public string? Kind { get; init; }
        public string? LocalPath { get; init; }
        public string MessageId { get; init; }
        public string? Sha256 { get; init; }
        public long? SizeBytes { get; init; }
        public string Type { get; init; }
        public static Lark.Resources.Rules.Messages.ResourceEntry Pending(Lark.Resources.Rules.Messages.ListedResource resource) { }
    }
    public sealed class ResourceListing : System.IEquatable<Lark.Resources.Rules.Messages.ResourceListing>
    {
        public ResourceListing(string MessageId, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedResource> Resources, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedUnavailable> NotDownloadable) { }
        public string MessageId { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedUnavailable> NotDownloadable { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedResource> Resources { get; init; }
        public static Lark.Resources.Rules.Messages.ResourceListing Build(string messageId, System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageItem> items) { }
    }
    public static class SenderNames
    {
        public static System.Collections.Generic.IReadOnlyDictionary<string, string> Collect(System.Collections.Generic.IEnumerable<Lark.Resources.Rules.Messages.LarkMessage> messages) { }
    }
    public static class TimeArgument
    {
        public static Lark.Resources.Rules.Validated<long> Parse(string? text, Lark.Resources.Rules.Errors.InputField field, System.TimeZoneInfo zone, bool isEnd) { }
    }
    public sealed class UnavailableResource : System.IEquatable<Lark.Resources.Rules.Messages.UnavailableResource>
    {
        public UnavailableResource(string Kind, string? FileKey, string Reason) { }
        public string? FileKey { get; init; }
        public string Kind { get; init; }
        public string Reason { get; init; }
    }
}
namespace Lark.Resources.Rules.Names
{
    public sealed class ContentDisposition : System.IEquatable<Lark.Resources.Rules.Names.ContentDisposition>
    {
        public ContentDisposition(string DispositionType, string? FileName, Lark.Resources.Rules.Names.FileNameSource Source) { }
        public string DispositionType { get; init; }
        public string? FileName { get; init; }
        public bool IsInline { get; }
        public Lark.Resources.Rules.Names.FileNameSource Source { get; init; }
        public static string Format(string dispositionType, string fileName) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Names.ContentDisposition> Parse(System.ReadOnlySpan<char> header) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Names.ContentDisposition> Parse(string? header) { }
    }
    public static class Extension
    {
        public const int MaxLength = 16;
        public static string Of(string name) { }
    }
    public enum FileNameSource
    {
        None = 0,
        Filename = 1,
        FilenameStar = 2,
    }
    public static class MediaTypes
    {
        public static System.Collections.Generic.IReadOnlyCollection<string> Known { get; }
        public static string ExtensionFor(string? contentType) { }
    }
    public enum NameSource
    {
        Output = 0,
        ContentDisposition = 1,
        FileKey = 2,
    }
    public sealed class OutputPath : System.IEquatable<Lark.Resources.Rules.Names.OutputPath>
    {
        public string FileName { get; }
        public string Relative { get; }
        public System.Collections.Generic.IReadOnlyList<string> Segments { get; }
        public string Text { get; }
        public bool Equals(Lark.Resources.Rules.Names.OutputPath? other) { }
        public override int GetHashCode() { }
        public static Lark.Resources.Rules.Validated<Lark.Resources.Rules.Names.OutputPath> Parse(string? text, Lark.Resources.Rules.Errors.InputField input = 3) { }
    }
    public static class SafeFileName
    {
        public const int MaxUtf8Bytes = 255;
        public static Lark.Resources.Rules.Result<string> From(string? name) { }
    }
    public sealed class SaveName : System.IEquatable<Lark.Resources.Rules.Names.SaveName>
    {
        public SaveName(string Relative, Lark.Resources.Rules.Names.NameSource Source, bool ExtensionAdded) { }
        public bool ExtensionAdded { get; init; }
        public string Relative { get; init; }
        public Lark.Resources.Rules.Names.NameSource Source { get; init; }
        public static Lark.Resources.Rules.Names.SaveName Choose(Lark.Resources.Rules.Names.OutputPath? output, string? dispositionFileName, string fileKey, string? contentType) { }
    }
}
namespace Lark.Resources.Rules.Ranges
{
    public readonly struct ByteRange : System.IEquatable<Lark.Resources.Rules.Ranges.ByteRange>
    {
        public long End { get; }
        public long First { get; }
        public long Last { get; }
        public long Length { get; }
        public bool Contains(long position) { }
        public override string ToString() { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ByteRange> FromOffset(long offset, long length) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ByteRange> FromPositions(long first, long last) { }
    }
    public sealed class ChunkPlan : System.IEquatable<Lark.Resources.Rules.Ranges.ChunkPlan>
    {
        public Lark.Resources.Rules.Ranges.ChunkPlanOptions Options { get; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Ranges.ByteRange> Ranges { get; }
        public long Total { get; }
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Ranges.ByteRange>> BySegment() { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ChunkPlan> For(long total, Lark.Resources.Rules.Ranges.ChunkPlanOptions? options) { }
        public static Lark.Resources.Rules.Ranges.ByteRange? Next(long verified, long total, long chunkSize) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ByteRange> Probe(Lark.Resources.Rules.Ranges.ChunkPlanOptions? options) { }
    }
    public sealed class ChunkPlanOptions : System.IEquatable<Lark.Resources.Rules.Ranges.ChunkPlanOptions>
    {
        public const long DefaultChunkSize = 8388608;
        public const long DefaultProbeSize = 131072;
        public ChunkPlanOptions() { }
        public long ChunkSize { get; init; }
        public long ProbeSize { get; init; }
        public int Segments { get; init; }
        public long StartOffset { get; init; }
        public static Lark.Resources.Rules.Ranges.ChunkPlanOptions Default { get; }
        public Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ChunkPlanOptions> Validate() { }
    }
    public readonly struct ContentRange : System.IEquatable<Lark.Resources.Rules.Ranges.ContentRange>
    {
        public Lark.Resources.Rules.Ranges.ByteRange? Range { get; }
        public long? Total { get; }
        public string Format() { }
        public override string ToString() { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ContentRange> Parse(string? value) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ContentRange> Satisfied(Lark.Resources.Rules.Ranges.ByteRange range, long? total) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ContentRange> Unsatisfied(long total) { }
    }
    public readonly struct ProvenRange : System.IEquatable<Lark.Resources.Rules.Ranges.ProvenRange>
    {
        public ProvenRange(Lark.Resources.Rules.Ranges.ByteRange Range, long Total) { }
        public Lark.Resources.Rules.Ranges.ByteRange Range { get; init; }
        public long Total { get; init; }
    }
    public static class RangeHeader
    {
        public static string Format(Lark.Resources.Rules.Ranges.ByteRange range) { }
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ByteRange> Parse(string? value) { }
    }
    public static class RangeVerdict
    {
        public static Lark.Resources.Rules.Result<Lark.Resources.Rules.Ranges.ProvenRange> Judge(Lark.Resources.Rules.Ranges.ByteRange asked, string? contentRange, long? contentLength, string? contentType, long? knownTotal) { }
    }
}
namespace Lark.Resources.Rules.Retry
{
    public sealed class RetryPolicy : System.IEquatable<Lark.Resources.Rules.Retry.RetryPolicy>
    {
        public RetryPolicy() { }
        public System.TimeSpan BaseDelay { get; init; }
        public int MaxAttempts { get; init; }
        public System.TimeSpan MaxDelay { get; init; }
        public int MaxFewAttempts { get; init; }
        public System.TimeSpan MaxServerWait { get; init; }
        public int MaxTotalRetries { get; init; }
        public static Lark.Resources.Rules.Retry.RetryPolicy Default { get; }
    }
}
namespace Lark.Resources.Shell.Auth
{
    public sealed class DeviceFlow : System.IDisposable
    {
        public const string DeviceGrantType = "urn:ietf:params:oauth:grant-type:device_code";
        public DeviceFlow(Lark.Resources.Shell.LarkClientOptions options, string appId, string appSecret, System.Net.Http.HttpMessageHandler? handler = null) { }
        public void Dispose() { }
        public System.Threading.Tasks.Task<Lark.Resources.Shell.Auth.LarkUserInfo> GetUserAsync(string accessToken, System.Threading.CancellationToken cancellationToken) { }
        [return: System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "Poll",
                "Tokens"})]
        public System.Threading.Tasks.Task<System.ValueTuple<Lark.Resources.Rules.Auth.DevicePoll, Lark.Resources.Rules.Auth.UserTokens?>> PollOnceAsync(string deviceCode, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.Task<Lark.Resources.Rules.Auth.DeviceAuthorization> StartAsync(string? scope, System.Threading.CancellationToken cancellationToken) { }
        public System.Threading.Tasks.Task<Lark.Resources.Rules.Auth.UserTokens> WaitAsync(string deviceCode, System.TimeSpan interval, System.DateTimeOffset deadline, System.IProgress<Lark.Resources.Rules.Auth.DevicePoll>? progress, System.Threading.CancellationToken cancellationToken) { }
        public static Lark.Resources.Shell.LarkException Stopped(Lark.Resources.Rules.Auth.DevicePoll poll) { }
    }
    public interface ITokenSource
    {
        string Identity { get; }
        System.Threading.Tasks.ValueTask<string> GetTokenAsync(System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.ValueTask<string> RefreshAsync(string rejected, System.Threading.CancellationToken cancellationToken);
    }
    public interface IUserTokenStore
    {
        System.Threading.Tasks.Task<Lark.Resources.Rules.Auth.UserTokens?> LoadAsync(System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.Task<System.IAsyncDisposable> LockAsync(System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.Task SaveAsync(Lark.Resources.Rules.Auth.UserTokens tokens, System.Threading.CancellationToken cancellationToken);
    }
    public sealed class LarkUserInfo : System.IEquatable<Lark.Resources.Shell.Auth.LarkUserInfo>
    {
        public LarkUserInfo(string OpenId, string Name) { }
        public string Name { get; init; }
        public string OpenId { get; init; }
    }
}
namespace Lark.Resources.Shell.Batch
{
    public sealed class BatchItem : System.IEquatable<Lark.Resources.Shell.Batch.BatchItem>
    {
        public BatchItem(Lark.Resources.Rules.Identifiers.MessageId MessageId, Lark.Resources.Rules.Identifiers.FileKey FileKey, Lark.Resources.Rules.Identifiers.ResourceType Type, Lark.Resources.Rules.Names.OutputPath Name) { }
        public Lark.Resources.Rules.Identifiers.FileKey FileKey { get; init; }
        public Lark.Resources.Rules.Identifiers.MessageId MessageId { get; init; }
        public Lark.Resources.Rules.Names.OutputPath Name { get; init; }
        public Lark.Resources.Rules.Identifiers.ResourceType Type { get; init; }
    }
    public sealed class BatchOptions : System.IEquatable<Lark.Resources.Shell.Batch.BatchOptions>
    {
        public const string DefaultIndexFileName = ".lark-resources.json";
        public BatchOptions() { }
        public int Concurrency { get; init; }
        public required string Directory { get; init; }
        public string IndexFileName { get; init; }
        public bool ReplaceUnknownFiles { get; init; }
    }
    public abstract class BatchOutcome : System.IEquatable<Lark.Resources.Shell.Batch.BatchOutcome>
    {
        public Lark.Resources.Shell.Batch.BatchItem Item { get; }
        public sealed class Failed : Lark.Resources.Shell.Batch.BatchOutcome, System.IEquatable<Lark.Resources.Shell.Batch.BatchOutcome.Failed>
        {
            public Failed(Lark.Resources.Shell.Batch.BatchItem Item, Lark.Resources.Rules.Errors.LarkFailure Failure) { }
            public Lark.Resources.Rules.Errors.LarkFailure Failure { get; init; }
        }
        public sealed class Saved : Lark.Resources.Shell.Batch.BatchOutcome, System.IEquatable<Lark.Resources.Shell.Batch.BatchOutcome.Saved>
        {
            public Saved(Lark.Resources.Shell.Batch.BatchItem Item, string SavedPath, string RelativePath, long SizeBytes, string Sha256, bool Reused) { }
            public string RelativePath { get; init; }
            public bool Reused { get; init; }
            public string SavedPath { get; init; }
            public string Sha256 { get; init; }
            public long SizeBytes { get; init; }
        }
    }
    public sealed class BatchProgress : System.IEquatable<Lark.Resources.Shell.Batch.BatchProgress>
    {
        public BatchProgress(Lark.Resources.Shell.Batch.BatchItem Item, Lark.Resources.Shell.DownloadProgress? Download, Lark.Resources.Shell.Batch.BatchOutcome? Outcome, int Finished, int Known) { }
        public Lark.Resources.Shell.DownloadProgress? Download { get; init; }
        public int Finished { get; init; }
        public Lark.Resources.Shell.Batch.BatchItem Item { get; init; }
        public int Known { get; init; }
        public Lark.Resources.Shell.Batch.BatchOutcome? Outcome { get; init; }
    }
}
namespace Lark.Resources.Shell
{
    public sealed class DownloadCancelledException : System.OperationCanceledException
    {
        public DownloadCancelledException(long verifiedBytesKept, long? totalBytes, System.Exception? inner, System.Threading.CancellationToken token) { }
        public long? TotalBytes { get; }
        public long VerifiedBytesKept { get; }
    }
    public sealed class DownloadProgress : System.IEquatable<Lark.Resources.Shell.DownloadProgress>
    {
        public DownloadProgress(Lark.Resources.Shell.DownloadStage Stage, long BytesDone, long? TotalBytes, string? CurrentRange, double BytesPerSecond, System.TimeSpan Elapsed, string? Message = null, Lark.Resources.Shell.DownloadResult? Result = null) { }
        public long BytesDone { get; init; }
        public double BytesPerSecond { get; init; }
        public string? CurrentRange { get; init; }
        public System.TimeSpan Elapsed { get; init; }
        public string? FileName { get; init; }
        public double? Fraction { get; }
        public string? Message { get; init; }
        public Lark.Resources.Shell.DownloadResult? Result { get; init; }
        public Lark.Resources.Shell.DownloadStage Stage { get; init; }
        public long? TotalBytes { get; init; }
    }
    public sealed class DownloadRequest : System.IEquatable<Lark.Resources.Shell.DownloadRequest>
    {
        public DownloadRequest() { }
        public int Concurrency { get; init; }
        public string? Directory { get; init; }
        public required Lark.Resources.Rules.Identifiers.FileKey FileKey { get; init; }
        public required Lark.Resources.Rules.Identifiers.MessageId MessageId { get; init; }
        public Lark.Resources.Rules.Names.OutputPath? Output { get; init; }
        public bool Overwrite { get; init; }
        public Lark.Resources.Rules.Ranges.ChunkPlanOptions Plan { get; init; }
        public required Lark.Resources.Rules.Identifiers.ResourceType Type { get; init; }
        public Lark.Resources.Rules.Validated<Lark.Resources.Shell.DownloadRequest> Validate() { }
        public static Lark.Resources.Rules.Validated<Lark.Resources.Shell.DownloadRequest> Parse(string? messageId, string? fileKey, string? type, string? output = null) { }
    }
    public sealed class DownloadResult : System.IEquatable<Lark.Resources.Shell.DownloadResult>
    {
        public DownloadResult(string SavedPath, long SizeBytes, string Sha256, string? ContentType, Lark.Resources.Rules.Names.NameSource NameSource, long ResumedFrom, int Requests) { }
        public string? ContentType { get; init; }
        public Lark.Resources.Rules.Names.NameSource NameSource { get; init; }
        public int Requests { get; init; }
        public long ResumedFrom { get; init; }
        public string SavedPath { get; init; }
        public string Sha256 { get; init; }
        public long SizeBytes { get; init; }
    }
    public enum DownloadStage
    {
        Starting = 0,
        Requesting = 1,
        Receiving = 2,
        Retrying = 3,
        RefreshingToken = 4,
        Restarted = 5,
        Committing = 6,
        Completed = 7,
    }
    public sealed class LarkClient : System.IDisposable
    {
        public LarkClient(Lark.Resources.Shell.LarkClientOptions options, Lark.Resources.Shell.LarkCredentials credentials, System.Net.Http.HttpMessageHandler? handler = null) { }
        public string Identity { get; }
        public Lark.Resources.Shell.LarkClientOptions Options { get; }
        public void Dispose() { }
        public System.IObservable<Lark.Resources.Shell.DownloadProgress> Download(Lark.Resources.Shell.DownloadRequest request) { }
        public System.Threading.Tasks.Task<Lark.Resources.Shell.DownloadResult> DownloadAsync(Lark.Resources.Shell.DownloadRequest request, System.IProgress<Lark.Resources.Shell.DownloadProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default) { }
        public System.IObservable<Lark.Resources.Shell.Batch.BatchProgress> DownloadBatch(System.Collections.Generic.IAsyncEnumerable<Lark.Resources.Shell.Batch.BatchItem> items, Lark.Resources.Shell.Batch.BatchOptions options) { }
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Lark.Resources.Shell.Batch.BatchOutcome>> DownloadBatchAsync(System.Collections.Generic.IAsyncEnumerable<Lark.Resources.Shell.Batch.BatchItem> items, Lark.Resources.Shell.Batch.BatchOptions options, System.IProgress<Lark.Resources.Shell.Batch.BatchProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static Lark.Resources.Shell.LarkClient ForBot(Lark.Resources.Shell.LarkClientOptions options, string appId, string appSecret, System.Net.Http.HttpMessageHandler? handler = null) { }
    }
    public sealed class LarkClientOptions : System.IEquatable<Lark.Resources.Shell.LarkClientOptions>
    {
        public LarkClientOptions() { }
        public System.Uri AccountsBase { get; }
        public System.Uri? AccountsBaseUrl { get; init; }
        public Lark.Resources.Rules.Identifiers.LarkBrand Brand { get; init; }
        public System.TimeSpan IdleTimeout { get; init; }
        public int MaxRequestsPerMinute { get; init; }
        public int MaxRequestsPerSecond { get; init; }
        public System.Uri OpenBase { get; }
        public System.Uri? OpenBaseUrl { get; init; }
        public System.TimeSpan ProgressInterval { get; init; }
        public System.Func<double> RandomDraw { get; init; }
        public Lark.Resources.Rules.Retry.RetryPolicy Retry { get; init; }
        public System.TimeProvider Time { get; init; }
        public string? UserAgent { get; init; }
    }
    public abstract class LarkCredentials
    {
        public static Lark.Resources.Shell.LarkCredentials AccessToken(string token, string identity, string origin = "given from outside") { }
        public static Lark.Resources.Shell.LarkCredentials Bot(string appId, string appSecret) { }
        public static Lark.Resources.Shell.LarkCredentials From(Lark.Resources.Shell.Auth.ITokenSource source) { }
        public static Lark.Resources.Shell.LarkCredentials User(string appId, string appSecret, Lark.Resources.Rules.Auth.UserTokens tokens, Lark.Resources.Shell.Auth.IUserTokenStore? store = null) { }
    }
    public sealed class LarkException : System.Exception
    {
        public LarkException(Lark.Resources.Rules.Errors.LarkFailure failure, System.Exception? inner = null) { }
        public Lark.Resources.Rules.Errors.ErrorCategory Category { get; }
        public Lark.Resources.Rules.Errors.LarkFailure Failure { get; }
        public string Hint { get; }
        public Lark.Resources.Rules.Errors.InputField? Input { get; }
        public int? LarkCode { get; }
        public string? LogId { get; }
        public System.TimeSpan? RetryAfter { get; }
        public bool Retryable { get; }
        public Lark.Resources.Rules.Errors.ErrorSubtype Subtype { get; }
    }
    public sealed class LibraryVocabulary : Lark.Resources.Rules.Errors.Vocabulary
    {
        public static Lark.Resources.Shell.LibraryVocabulary Instance { get; }
        public override string Input(Lark.Resources.Rules.Errors.InputField field) { }
        public override string Words(Lark.Resources.Rules.Errors.Term term) { }
    }
}
namespace Lark.Resources.Shell.Messages
{
    public sealed class ChatInfo : System.IEquatable<Lark.Resources.Shell.Messages.ChatInfo>
    {
        public ChatInfo(string ChatId, string Name, string? Description, string? ChatMode) { }
        public string ChatId { get; init; }
        public string? ChatMode { get; init; }
        public string? Description { get; init; }
        public string Name { get; init; }
    }
    public sealed class ConversationReader
    {
        public const int MaxIdsPerCall = 50;
        public const int MaxReactionsPerCall = 20;
        public ConversationReader(Lark.Resources.Shell.LarkClient client) { }
        public System.Threading.Tasks.Task<Lark.Resources.Shell.Messages.ChatInfo> ChatAsync(string chatId, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage>> GetAsync(Lark.Resources.Rules.Identifiers.MessageId id, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage>> GetManyAsync(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Identifiers.MessageId> ids, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<string> P2pChatAsync(string userOpenId, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<Lark.Resources.Shell.Messages.ReactionsResult> ReactionsAsync(System.Collections.Generic.IReadOnlyList<string> messageIds, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<Lark.Resources.Rules.Messages.MessagePage> ReadPageAsync(Lark.Resources.Rules.Conversations.MessageListQuery query, string? pageToken, System.Threading.CancellationToken cancellationToken = default) { }
        [System.Runtime.CompilerServices.AsyncIteratorStateMachine(typeof(Lark.Resources.Shell.Messages.ConversationReader.<ReadPagesAsync>d__5))]
        public System.Collections.Generic.IAsyncEnumerable<Lark.Resources.Shell.Messages.ListedPage> ReadPagesAsync(Lark.Resources.Rules.Conversations.MessageListQuery query, string? pageToken, int pageLimit, System.TimeSpan pageDelay, [System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<string> ThreadOfAsync(Lark.Resources.Rules.Identifiers.MessageId id, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class ListedPage : System.IEquatable<Lark.Resources.Shell.Messages.ListedPage>
    {
        public ListedPage(Lark.Resources.Rules.Messages.MessagePage Page, Lark.Resources.Rules.Conversations.Pagination Pagination) { }
        public Lark.Resources.Rules.Messages.MessagePage Page { get; init; }
        public Lark.Resources.Rules.Conversations.Pagination Pagination { get; init; }
    }
    public sealed class ListingBatch : System.IEquatable<Lark.Resources.Shell.Messages.ListingBatch>
    {
        public ListingBatch(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedMessage> Messages, System.Collections.Generic.IReadOnlyList<Lark.Resources.Shell.Messages.ListingWarning> Warnings) { }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.ListedMessage> Messages { get; init; }
        public System.Collections.Generic.IReadOnlyList<Lark.Resources.Shell.Messages.ListingWarning> Warnings { get; init; }
    }
    public sealed class ListingOptions : System.IEquatable<Lark.Resources.Shell.Messages.ListingOptions>
    {
        public ListingOptions() { }
        public Lark.Resources.Rules.Identifiers.LarkBrand? Brand { get; init; }
        public bool Reactions { get; init; }
        public int RepliesInAll { get; init; }
        public int RepliesPerThread { get; init; }
        public bool Resources { get; init; }
        public bool ThreadReplies { get; init; }
        public System.TimeZoneInfo Zone { get; init; }
    }
    public sealed class ListingWarning : System.IEquatable<Lark.Resources.Shell.Messages.ListingWarning>
    {
        public ListingWarning(string Code, string Message) { }
        public string Code { get; init; }
        public string Message { get; init; }
    }
    public sealed class MessageListing
    {
        public MessageListing(Lark.Resources.Shell.LarkClient client, Lark.Resources.Shell.Messages.ListingOptions options) { }
        public System.Threading.Tasks.Task<Lark.Resources.Shell.Messages.ListingBatch> ListAsync(System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.LarkMessage> messages, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class MessageResources
    {
        public MessageResources(Lark.Resources.Shell.LarkClient client) { }
        public System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<Lark.Resources.Rules.Messages.MessageItem>> GetMessageAsync(string messageId, System.Threading.CancellationToken cancellationToken = default) { }
        public System.Threading.Tasks.Task<Lark.Resources.Rules.Messages.ResourceListing> ListAsync(string messageId, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class ReactionsResult : System.IEquatable<Lark.Resources.Shell.Messages.ReactionsResult>
    {
        public ReactionsResult(System.Collections.Generic.IReadOnlyDictionary<string, Lark.Resources.Rules.Messages.MessageReactions> Reactions, [System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "MessageIds",
                "Failure"})] System.Collections.Generic.IReadOnlyList<System.ValueTuple<System.Collections.Generic.IReadOnlyList<string>, Lark.Resources.Rules.Errors.LarkFailure?>> Failed) { }
        [System.Runtime.CompilerServices.TupleElementNames(new string[] {
                "MessageIds",
                "Failure"})]
        public System.Collections.Generic.IReadOnlyList<System.ValueTuple<System.Collections.Generic.IReadOnlyList<string>, Lark.Resources.Rules.Errors.LarkFailure?>> Failed { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, Lark.Resources.Rules.Messages.MessageReactions> Reactions { get; init; }
    }
}
namespace Lark.Resources.Shell.Storage
{
    public static class AtomicFile
    {
        public static void Replace(string path, System.ReadOnlySpan<byte> bytes) { }
        public static void ReplaceLines(string path, System.Collections.Generic.IEnumerable<string> lines) { }
    }
}