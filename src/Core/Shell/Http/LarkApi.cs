using System.Net;
using System.Text;
using System.Text.Json;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Retry;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Lark.Resources.Shell.Http;

/// <summary>
/// JSON calls to the Open API and accounts hosts (tokens, device flow, messages), run through a Polly pipeline
/// whose retry decisions come from <see cref="RetryRule"/>: transport failures, 5xx and 429 are retried with
/// backoff and jitter, honouring the server's reset; everything else is answered at once.
/// </summary>
internal sealed class LarkApi : IDisposable
{
    private const int MaxBody = 4 * 1024 * 1024;
    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    private readonly RequestPacer? _pacer;

    /// <summary>
    /// Creates the API over a client (owned when <paramref name="ownsClient"/>); every attempt, retries included,
    /// waits for <paramref name="pacer"/> when there is one.
    /// </summary>
    public LarkApi(HttpClient http, LarkClientOptions options, bool ownsClient = false, RequestPacer? pacer = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _ownsClient = ownsClient;
        _pacer = pacer;
        _pipeline = BuildPipeline(options);
    }

    /// <summary>The options.</summary>
    public LarkClientOptions Options { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time => Options.Time;

    /// <summary>The HTTP client (shared with downloads, so one connection is reused).</summary>
    public HttpClient Http => _http;

    /// <summary>POSTs a JSON object of strings to the Open API host.</summary>
    public Task<JsonDocument> PostJsonAsync(string path, IReadOnlyDictionary<string, string> body, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri(Options.OpenBase, path)) { Content = JsonContent(body) }, cancellationToken);

    /// <summary>POSTs a form to the Open API host.</summary>
    public Task<JsonDocument> PostFormAsync(string path, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken, Uri? baseUrl = null, string? basicAuth = null) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl ?? Options.OpenBase, path)) { Content = new FormUrlEncodedContent(form) };
            if (basicAuth is not null)
                request.Headers.Authorization = new("Basic", basicAuth);
            return request;
        }, cancellationToken);

    /// <summary>GETs a JSON document with a bearer token.</summary>
    public Task<JsonDocument> GetJsonAsync(string pathAndQuery, string token, CancellationToken cancellationToken) =>
        SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Options.OpenBase, pathAndQuery));
            request.Headers.Authorization = new("Bearer", token);
            return request;
        }, cancellationToken);

    /// <summary>POSTs a JSON body (already serialised) with a bearer token.</summary>
    public Task<JsonDocument> PostJsonAsync(string pathAndQuery, byte[] json, string token, CancellationToken cancellationToken) =>
        SendAsync(() =>
        {
            var content = new ByteArrayContent(json);
            content.Headers.ContentType = new("application/json") { CharSet = Encoding.UTF8.WebName };
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.OpenBase, pathAndQuery)) { Content = content };
            request.Headers.Authorization = new("Bearer", token);
            return request;
        }, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
            _http.Dispose();
    }

    // Error answers (4xx with a Lark or OAuth body) are returned as documents for the caller to read; only
    // bodies that are not JSON become exceptions.
    private async Task<JsonDocument> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(async ct =>
            {
                if (_pacer is not null)
                    await _pacer.WaitAsync(ct);
                using var request = build();
                var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                // The body is read inside the pipeline, so a connection that drops mid-answer is retried like one that
                // never answered (a body announced as too large is left for the bounded read to refuse).
                if (answer.Content.Headers.ContentLength is not > MaxBody)
                {
                    try
                    {
                        await answer.Content.LoadIntoBufferAsync(MaxBody, ct);
                    }
                    catch
                    {
                        answer.Dispose();
                        throw;
                    }
                }

                return answer;
            }, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException)
        {
            throw new LarkException(new LarkFailure
            {
                Category = ErrorCategory.Network,
                Subtype = e is TimeoutRejectedException ? ErrorSubtype.Timeout : ErrorSubtype.Transport,
                Message = Wording.Text($"could not reach {Options.OpenBase.Host}: {e.Message}"),
                Hint = Wording.Text("Check the network and the API base URL, then try again."),
                Fix = FixKind.CheckNetwork,
                Retryable = true,
            }, e);
        }

        using (response)
        {
            var logId = response.Headers.TryGetValues("X-Tt-Logid", out var ids) ? ids.FirstOrDefault() : null;
            var bytes = await ReadBoundedAsync(response.Content, cancellationToken);
            try
            {
                return JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                var status = (int)response.StatusCode;
                var failure = ErrorCatalog.Failure(status, null, logId) with
                {
                    Message = Wording.Text($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered HTTP {status} with a body that is not JSON"),
                };
                throw new LarkException(response.IsSuccessStatusCode
                    ? failure with { Category = ErrorCategory.Internal, Subtype = ErrorSubtype.InvalidResponse, Hint = Wording.Text("Check the API base URL."), Fix = FixKind.CheckNetwork }
                    : failure);
            }
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + n > MaxBody)
                throw new LarkException(new LarkFailure
                {
                    Category = ErrorCategory.Internal,
                    Subtype = ErrorSubtype.InvalidResponse,
                    Message = Wording.Text("the API answer is larger than 4 MiB"),
                    Hint = Wording.Text("Check the API base URL."),
                    Fix = FixKind.CheckNetwork,
                });
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static ByteArrayContent JsonContent(IReadOnlyDictionary<string, string> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in body)
                writer.WriteString(key, value);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(LarkClientOptions options)
    {
        var policy = options.Retry;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.Time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = policy.MaxAttempts,
                ShouldHandle = args => ValueTask.FromResult(Decide(args.Outcome, args.AttemptNumber + 1, options) is RetryDecision.Wait),
                DelayGenerator = args => ValueTask.FromResult(Decide(args.Outcome, args.AttemptNumber + 1, options) is RetryDecision.Wait w ? w.Delay : (TimeSpan?)TimeSpan.Zero),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(TimeSpan.FromSeconds(30))
            .Build();
    }

    private static RetryDecision Decide(Outcome<HttpResponseMessage> outcome, int attempt, LarkClientOptions options)
    {
        Rules.Retry.Outcome? failure = outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException or IOException } => new Rules.Retry.Outcome.TransportFailure(outcome.Exception.Message),
            { Result: { } r } when (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.TooManyRequests =>
                new Rules.Retry.Outcome.HttpFailure((int)r.StatusCode, null, Header(r, "x-ogw-ratelimit-reset"), Header(r, "Retry-After")),
            _ => null,
        };
        return failure is null
            ? new RetryDecision.GiveUp("not retryable")
            : RetryRule.Decide(failure, attempt, options.Retry, options.RandomDraw(), options.Time.GetUtcNow(), tokenRefreshed: false);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
