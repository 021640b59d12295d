namespace Lark.Resources.Rules.Identifiers;

/// <summary>Which Lark deployment: Feishu (China) or Lark (international).</summary>
public enum LarkBrand
{
    /// <summary><c>open.feishu.cn</c> / <c>accounts.feishu.cn</c>.</summary>
    Feishu,

    /// <summary><c>open.larksuite.com</c> / <c>accounts.larksuite.com</c>.</summary>
    Lark,
}

/// <summary>Brand names and hosts.</summary>
public static class LarkBrands
{
    /// <summary>Parses <c>feishu</c> or <c>lark</c> (any case, trimmed).</summary>
    public static Result<LarkBrand> Parse(string? text) => (text?.Trim().ToUpperInvariant()) switch
    {
        "FEISHU" => Result<LarkBrand>.Ok(LarkBrand.Feishu),
        "LARK" => Result<LarkBrand>.Ok(LarkBrand.Lark),
        _ => Result<LarkBrand>.Fail($"brand \"{text}\" is not supported; use feishu or lark"),
    };

    /// <summary>The Open API base URL.</summary>
    public static Uri OpenBase(this LarkBrand brand) =>
        new(brand == LarkBrand.Lark ? "https://open.larksuite.com" : "https://open.feishu.cn");

    /// <summary>The accounts (OAuth) base URL.</summary>
    public static Uri AccountsBase(this LarkBrand brand) =>
        new(brand == LarkBrand.Lark ? "https://accounts.larksuite.com" : "https://accounts.feishu.cn");

    /// <summary>The wire name: <c>feishu</c> or <c>lark</c>.</summary>
    public static string ToWire(this LarkBrand brand) => brand == LarkBrand.Lark ? "lark" : "feishu";

    /// <summary>Validates a base URL override: absolute http(s), no query or fragment.</summary>
    public static Result<Uri> ParseBaseUrl(string? text, string name)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Result<Uri>.Fail($"{name} \"{text}\" is not an absolute http(s) URL (e.g. https://open.feishu.cn or http://127.0.0.1:8080)");
        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return Result<Uri>.Fail($"{name} \"{text}\" must not have a query or fragment");
        return Result<Uri>.Ok(new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"));
    }
}
