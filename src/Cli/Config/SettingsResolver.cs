using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Config;

/// <summary>Resolves <see cref="CliSettings"/>. (Environment-only first cut; the config file and store follow.)</summary>
public static class SettingsResolver
{
    /// <summary>Resolves the settings for a command.</summary>
    public static CliSettings Resolve(CliHost host, string? profile, string? asFlag)
    {
        ArgumentNullException.ThrowIfNull(host);
        var brand = host.Env("LARKSUITE_CLI_BRAND") is { } b
            ? LarkBrands.Parse(b).TryGetValue(out var parsed) ? parsed : throw new CliFailureException(CliFailure.Config($"LARKSUITE_CLI_BRAND: {LarkBrands.Parse(b).Error}", "Set it to feishu or lark."))
            : LarkBrand.Feishu;
        var identity = asFlag ?? (host.Env("LARKSUITE_CLI_USER_ACCESS_TOKEN") is not null ? "user" : "bot");
        return new CliSettings
        {
            Identity = identity,
            IdentitySource = asFlag is null ? "auto" : "flag",
            AppId = host.Env("LARKSUITE_CLI_APP_ID"),
            AppSecret = host.Env("LARKSUITE_CLI_APP_SECRET"),
            Brand = brand,
            OpenBase = Url(host, "LARKSUITE_CLI_OPEN_BASE_URL") ?? brand.OpenBase(),
            AccountsBase = Url(host, "LARKSUITE_CLI_ACCOUNTS_BASE_URL") ?? brand.AccountsBase(),
            ProfileName = profile,
            TenantAccessToken = host.Env("LARKSUITE_CLI_TENANT_ACCESS_TOKEN"),
            UserAccessToken = host.Env("LARKSUITE_CLI_USER_ACCESS_TOKEN"),
        };
    }

    private static Uri? Url(CliHost host, string name) =>
        host.Env(name) is not { } text ? null
        : LarkBrands.ParseBaseUrl(text, name).TryGetValue(out var uri) ? uri
        : throw new CliFailureException(CliFailure.Config(LarkBrands.ParseBaseUrl(text, name).Error!, $"Fix or unset {name}."));
}
