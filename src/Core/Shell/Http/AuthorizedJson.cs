using System.Text.Json;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Shell.Http;

/// <summary>
/// One authorised JSON call to the Open API as the client's identity: the token, pacing (through the client's API),
/// one token refresh when Lark says the token was refused, and every other refusal classified by the
/// <see cref="ErrorCatalog"/>. Transport failures, 5xx and 429 are retried below, by the API's pipeline.
/// </summary>
internal static class AuthorizedJson
{
    /// <summary>GETs <paramref name="pathAndQuery"/> and reads a successful answer with <paramref name="read"/>.</summary>
    /// <param name="client">The client whose identity, pacer and connection are used.</param>
    /// <param name="pathAndQuery">The path under the Open API base, with its query.</param>
    /// <param name="context">What is being done, for messages ("reading message om_…").</param>
    /// <param name="read">Reads the answer's root; a failure is an answer the API does not promise.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public static Task<T> GetAsync<T>(LarkClient client, string pathAndQuery, string context, Func<JsonElement, Result<T>> read, CancellationToken cancellationToken) =>
        CallAsync(client, token => client.Api.GetJsonAsync(pathAndQuery, token, cancellationToken), context, read, cancellationToken);

    /// <summary>POSTs <paramref name="json"/> to <paramref name="pathAndQuery"/> and reads a successful answer.</summary>
    public static Task<T> PostAsync<T>(LarkClient client, string pathAndQuery, byte[] json, string context, Func<JsonElement, Result<T>> read, CancellationToken cancellationToken) =>
        CallAsync(client, token => client.Api.PostJsonAsync(pathAndQuery, json, token, cancellationToken), context, read, cancellationToken);

    private static async Task<T> CallAsync<T>(LarkClient client, Func<string, Task<JsonDocument>> send, string context, Func<JsonElement, Result<T>> read, CancellationToken cancellationToken)
    {
        var token = await client.Tokens.GetTokenAsync(cancellationToken);
        var refreshed = false;
        while (true)
        {
            using var document = await send(token);
            var root = document.RootElement;
            var code = LarkCode.Of(root);
            if (code == 0)
            {
                var answer = read(root);
                return answer.TryGetValue(out var value)
                    ? value
                    : throw new LarkException(new LarkFailure
                    {
                        Category = ErrorCategory.Internal,
                        Subtype = ErrorSubtype.InvalidResponse,
                        Message = Wording.Text($"{context}: {answer.Error}"),
                        Hint = Wording.Text("Check the API base URL; quote the request to Lark support if it persists."),
                        Fix = FixKind.CheckNetwork,
                    });
            }

            var errorClass = ErrorCatalog.Classify(code, 400);
            if (errorClass.Retry == RetryAdvice.RefreshToken && !refreshed)
            {
                // A rejected token is refreshed once; a second rejection is the answer.
                refreshed = true;
                token = await client.Tokens.RefreshAsync(token, cancellationToken);
                continue;
            }

            var error = LarkError.Parse(root.GetRawText()).TryGetValue(out var parsed) ? parsed : null;
            throw new LarkException(ErrorCatalog.Failure(400, error, null, context));
        }
    }
}
