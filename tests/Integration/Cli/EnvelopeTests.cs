using System.Text.Json.Nodes;
using Lark.Cli.Output;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Integration.Cli;

/// <summary>The envelope's shape: absent identity, code and log id are left out (Go omitempty), never null.</summary>
public sealed class EnvelopeTests
{
    [Fact]
    public void A_failure_without_identity_code_or_log_id_leaves_them_out()
    {
        var json = Envelope.Failure(null, CliFailure.Validation("bad", "fix it")).ToJsonString();

        Assert.Equal("""{"ok":false,"error":{"type":"validation","subtype":"invalid_argument","message":"bad","hint":"fix it"}}""", json);
    }

    [Fact]
    public void A_failure_with_everything_keeps_the_official_order()
    {
        var failure = new CliFailure(ErrorCategory.Authorization, ErrorSubtype.PermissionDenied, "no access", "do not retry") { Code = 234002, LogId = "log-1" };

        var json = Envelope.Failure("bot", failure).ToJsonString();

        Assert.Equal("""{"ok":false,"identity":"bot","error":{"type":"authorization","subtype":"permission_denied","code":234002,"message":"no access","hint":"do not retry","log_id":"log-1"}}""", json);
    }

    [Fact]
    public void The_success_shape_is_ok_identity_data()
    {
        var json = Envelope.Success("user", new JsonObject { ["saved_path"] = "/a", ["size_bytes"] = 1 }).ToJsonString();

        Assert.Equal("""{"ok":true,"identity":"user","data":{"saved_path":"/a","size_bytes":1}}""", json);
    }

    [Fact]
    public void A_success_without_identity_leaves_it_out()
    {
        Assert.Equal("""{"ok":true,"data":{}}""", Envelope.Success(null, []).ToJsonString());
    }
}
