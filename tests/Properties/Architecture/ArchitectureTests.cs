using System.Reflection;
using System.Runtime.CompilerServices;
using Lark.Jq;
using Lark.Resources.Rules.Ranges;
using NetArchTest.Rules;

namespace Lark.Resources.Properties.Architecture;

/// <summary>
/// The arrows of the house (ARCHITECTURE.md), checked on the compiled assemblies and the sources: Rules is pure, the
/// library knows no program, the CLI's words stay out of Core, and the emulator shares nothing with the client.
/// </summary>
public class ArchitectureTests
{
    private const string Rules = "Lark.Resources.Rules";

    private static readonly Assembly Library = typeof(ChunkPlan).Assembly;

    public static TheoryData<string, string> ForbiddenInRules => new()
    {
        { "System.Net.Http", "HTTP is the shell's" },
        { "System.Net.Sockets", "sockets are the shell's" },
        { "System.IO.File", "files are the shell's" },
        { "System.IO.FileStream", "files are the shell's" },
        { "System.IO.Directory", "files are the shell's" },
        { "System.IO.Pipelines", "streaming is the shell's" },
        { "System.IO.Stream", "streams are the shell's" },
        { "System.IO.MemoryStream", "streams are the shell's" },
        { "System.Reactive", "observables are the shell's" },
        { "Polly", "resilience pipelines are the shell's" },
        { "System.TimeProvider", "a time is a value passed in, never read" },
        { "System.Random", "a random draw is a value passed in" },
        { "System.Security.Cryptography.RandomNumberGenerator", "a random draw is a value passed in" },
        { "System.Threading.Tasks.Task", "rules do not wait" },
        { "Lark.Resources.Shell", "rules know nothing of the shell" },
        { "Lark.Cli", "rules know no program" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenInRules))]
    public void Rules_do_not_depend_on(string dependency, string why)
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace(Rules).ShouldNot().HaveDependencyOn(dependency).GetResult();
        Assert.True(result.IsSuccessful, $"{why}: {string.Join(", ", result.FailingTypeNames ?? [])} depend on {dependency}");
    }

    [Fact]
    public void The_dependency_check_sees_real_dependencies()
    {
        // Rules read JSON; were this not seen, every "should not depend" above would pass vacuously.
        var result = Types.InAssembly(Library).That().ResideInNamespace(Rules).ShouldNot().HaveDependencyOn("System.Text.Json").GetResult();
        Assert.False(result.IsSuccessful);
    }

    [Theory]
    [InlineData("Lark.Cli")]
    [InlineData("Lark.Jq")]
    [InlineData("Lark.Emulator")]
    [InlineData("System.CommandLine")]
    [InlineData("ModelContextProtocol")]
    [InlineData("Spectre.Console")]
    public void The_library_references_no_program(string assembly) =>
        Assert.DoesNotContain(Library.GetReferencedAssemblies(), a => a.Name == assembly);

    public static TheoryData<string> ForbiddenInExportRules => new()
    {
        "System.Net.Http", "System.IO.File", "System.IO.FileStream", "System.IO.Directory", "System.IO.Stream", "System.Reactive",
        "System.TimeProvider", "System.Random", "System.Threading.Tasks.Task", "Lark.Resources.Shell", "Lark.Resources.Export.Shell", "Lark.Cli",
    };

    [Theory]
    [MemberData(nameof(ForbiddenInExportRules))]
    public void Export_rules_are_pure(string dependency)
    {
        var result = Types.InAssembly(typeof(Lark.Resources.Export.Rules.ExportManifest).Assembly).That().ResideInNamespace("Lark.Resources.Export.Rules")
            .ShouldNot().HaveDependencyOn(dependency).GetResult();
        Assert.True(result.IsSuccessful, $"{string.Join(", ", result.FailingTypeNames ?? [])} depend on {dependency}");
    }

    [Theory]
    [InlineData("lark-cli")]
    [InlineData("Lark.Jq")]
    [InlineData("Lark.Emulator")]
    [InlineData("System.CommandLine")]
    public void The_export_references_no_program(string assembly) =>
        Assert.DoesNotContain(typeof(Lark.Resources.Export.Rules.ExportManifest).Assembly.GetReferencedAssemblies(), a => a.Name == assembly);

    [Fact]
    public void The_library_lends_its_internals_to_no_part_of_the_house()
    {
        // The export builds on the library's public API only: if it needs more, the library is missing something.
        var friends = Library.GetCustomAttributes(typeof(InternalsVisibleToAttribute), false).Cast<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal);
        Assert.Equal(["Lark.Resources.Integration", "Lark.Resources.Properties"], friends);
    }

    [Fact]
    public void The_jq_engine_builds_on_rules_only()
    {
        var result = Types.InAssembly(typeof(JqFilter).Assembly).ShouldNot().HaveDependencyOn("Lark.Resources.Shell").GetResult();
        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_emulator_references_nothing_of_the_client()
    {
        var emulator = Path.Join(SourceRoot(), "src", "Emulator", "Emulator.csproj");
        var project = File.ReadAllText(emulator);
        Assert.DoesNotContain("ProjectReference", project, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--message-id")]
    [InlineData("--file-key")]
    [InlineData("--type")]
    [InlineData("--output")]
    [InlineData("--overwrite")]
    [InlineData("--as ")]
    [InlineData("--concurrency")]
    [InlineData("lark-cli ")]
    [InlineData("run the same command")]
    [InlineData("LARKSUITE_CLI_")]
    public void No_cli_word_in_core_code(string word)
    {
        var offenders = Directory.EnumerateFiles(Path.Join(SourceRoot(), "src", "Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => line.Contains(word, StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .ToArray();
        Assert.True(offenders.Length == 0, $"\"{word}\" appears in {string.Join(", ", offenders)}");
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Join(Path.GetDirectoryName(here), "..", "..", ".."));
}
