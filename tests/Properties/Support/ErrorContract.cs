using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Support;

/// <summary>
/// Which categories each subtype belongs to, as <see cref="ErrorSubtype"/>'s documentation states it
/// ("Validation: …", "Network or API: …"); <see cref="ErrorSubtype.Unknown"/> refines any category.
/// </summary>
internal static class ErrorContract
{
    public static IReadOnlyDictionary<ErrorSubtype, ErrorCategory[]> CategoriesOf { get; } = Build();

    private static Dictionary<ErrorSubtype, ErrorCategory[]> Build()
    {
        var map = new Dictionary<ErrorSubtype, ErrorCategory[]> { [ErrorSubtype.Unknown] = Enum.GetValues<ErrorCategory>() };
        void Add(ErrorCategory category, params ErrorSubtype[] subtypes)
        {
            foreach (var subtype in subtypes)
                map[subtype] = map.TryGetValue(subtype, out var known) ? [.. known, category] : [category];
        }

        Add(ErrorCategory.Validation, ErrorSubtype.InvalidArgument, ErrorSubtype.FailedPrecondition, ErrorSubtype.CommandUnavailable);
        Add(ErrorCategory.Authentication, ErrorSubtype.TokenMissing, ErrorSubtype.TokenInvalid, ErrorSubtype.TokenExpired, ErrorSubtype.RefreshTokenInvalid,
            ErrorSubtype.RefreshTokenExpired, ErrorSubtype.RefreshTokenRevoked, ErrorSubtype.RefreshTokenReused, ErrorSubtype.RefreshServerError);
        Add(ErrorCategory.Authorization, ErrorSubtype.MissingScope, ErrorSubtype.UserUnauthorized, ErrorSubtype.AppScopeNotApplied,
            ErrorSubtype.TokenScopeInsufficient, ErrorSubtype.AppUnavailable, ErrorSubtype.AppDisabled, ErrorSubtype.PermissionDenied);
        Add(ErrorCategory.Config, ErrorSubtype.InvalidClient, ErrorSubtype.NotConfigured, ErrorSubtype.InvalidConfig);
        Add(ErrorCategory.Network, ErrorSubtype.Transport, ErrorSubtype.Timeout, ErrorSubtype.Tls, ErrorSubtype.Dns, ErrorSubtype.ServerError,
            ErrorSubtype.Protocol, ErrorSubtype.RepresentationChanged);
        Add(ErrorCategory.Api, ErrorSubtype.ServerError, ErrorSubtype.RateLimit, ErrorSubtype.Conflict, ErrorSubtype.CrossTenant, ErrorSubtype.CrossBrand,
            ErrorSubtype.InvalidParameters, ErrorSubtype.OwnershipMismatch, ErrorSubtype.NotFound, ErrorSubtype.QuotaExceeded, ErrorSubtype.AlreadyExists,
            ErrorSubtype.FeatureNotAvailable);
        Add(ErrorCategory.Policy, ErrorSubtype.ChallengeRequired, ErrorSubtype.AccessDenied, ErrorSubtype.ContentSafety);
        Add(ErrorCategory.Internal, ErrorSubtype.SdkError, ErrorSubtype.InvalidResponse, ErrorSubtype.FileIo, ErrorSubtype.ExternalTool, ErrorSubtype.Storage);
        Add(ErrorCategory.Confirmation, ErrorSubtype.ConfirmationRequired);
        return map;
    }

    /// <summary>Whether <paramref name="subtype"/> refines <paramref name="category"/>.</summary>
    public static bool Consistent(ErrorCategory category, ErrorSubtype subtype) =>
        CategoriesOf.TryGetValue(subtype, out var categories) && categories.Contains(category);

    /// <summary>Whether the failure's category and subtype agree.</summary>
    public static bool Consistent(LarkFailure failure) => Consistent(failure.Category, failure.Subtype);

    /// <summary>Failures in the contract: a subtype with one of its categories.</summary>
    public static Gen<(ErrorCategory Category, ErrorSubtype Subtype)> Pairs { get; } =
        Gen.Elements(Build().SelectMany(p => p.Value.Select(c => (c, p.Key))).ToArray());
}
