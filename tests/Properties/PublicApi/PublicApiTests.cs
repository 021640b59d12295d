using System.Runtime.CompilerServices;
using Lark.Resources.Shell;
using PublicApiGenerator;

namespace Lark.Resources.Properties.PublicApi;

/// <summary>
/// The library's public surface, tracked: the C# that PublicApiGenerator writes for Lark.Resources (every public type
/// and member, with nullability and default values) must match <c>Lark.Resources.approved.cs</c>, so a change to the
/// surface shows up in review as a change to that file. After an intended change, run the tests once with
/// <c>LARK_APPROVE_PUBLIC_API=1</c> to rewrite it, and read the diff.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_surface_matches_the_approved_file()
    {
        var approvedPath = ApprovedPath();
        var actual = typeof(LarkClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("LARK_APPROVE_PUBLIC_API") == "1")
            File.WriteAllText(approvedPath, actual);

        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
        var added = actual.Split('\n').Except(approved.Split('\n')).ToArray();
        var removed = approved.Split('\n').Except(actual.Split('\n')).ToArray();
        Assert.True(actual == approved,
            $"the public API changed (rerun with LARK_APPROVE_PUBLIC_API=1 if intended):\n+ {string.Join("\n+ ", added)}\n- {string.Join("\n- ", removed)}");
    }

    [Fact]
    public void Plumbing_stays_internal()
    {
        var exported = typeof(LarkClient).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet();
        foreach (var name in new[] { "LarkHttp", "LarkApi", "RequestPacer", "TimeProviderScheduler", "TenantTokenSource", "UserTokenSource", "DownloadMachine", "JqFilter" })
            Assert.DoesNotContain(name, exported);
    }

    private static string ApprovedPath([CallerFilePath] string here = "") => Path.Join(Path.GetDirectoryName(here), "Lark.Resources.approved.cs");
}
