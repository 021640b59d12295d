using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Lark.Resources.Integration.Docs;

/// <summary>
/// Every <c>```csharp</c> block of the README and of <c>docs/</c> compiles, as a reader would paste it into a new
/// console project (<c>dotnet new console</c>: implicit usings, nullable on) that references Lark.Resources: top-level
/// statements become the program, declarations a library. A block whose first line is <c>// fragment</c> is prose
/// in code form (a signature, an excerpt) and is skipped. Blocks are found with Markdig, so fences inside lists count
/// too; each is its own test case, named by file and line, and fails with the compiler's diagnostics.
/// </summary>
public sealed class SnippetTests
{
    private const string FragmentMarker = "// fragment";

    // What `dotnet new console` gives a reader for free (ImplicitUsings=enable).
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    // What the .NET SDK silences in every project: binding a reference's older framework version to the running one.
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    /// <summary>Every C# block of the documentation, as <c>file:line</c> (repository-relative, line of the fence).</summary>
    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in Find())
            data.Add(snippet.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Compiles(string id)
    {
        var snippet = Find().Single(s => s.Id == id);
        var tree = CSharpSyntaxTree.ParseText(snippet.Code, Parse, path: snippet.Id);
        var program = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, Parse, path: "ImplicitUsings.cs"), tree],
            References.Value,
            new CSharpCompilationOptions(
                program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: SdkNoWarn));

        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);
        var problems = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();

        Assert.True(problems.Count == 0,
            $"{snippet.Id} does not compile against Lark.Resources (mark a block that is not meant to with a first line \"{FragmentMarker}\"):\n"
            + string.Join('\n', problems));
    }

    [Fact]
    public void Every_docs_page_is_linked_from_the_README()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllText(Path.Join(root, "README.md"));
        var unlinked = Directory.GetFiles(Path.Join(root, "docs"), "*.md")
            .Select(page => "docs/" + Path.GetFileName(page))
            .Where(page => !readme.Contains($"]({page}", StringComparison.Ordinal))
            .ToList();

        Assert.True(unlinked.Count == 0, "pages of docs/ that README.md does not link: " + string.Join(", ", unlinked));
    }

    [Fact]
    public void Links_between_the_README_and_docs_pages_resolve()
    {
        var root = RepositoryRoot();
        var broken = new List<string>();
        foreach (var page in Pages(root))
        {
            var document = Markdown.Parse(File.ReadAllText(page), Pipeline);
            foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
            {
                // Only links into README/docs/ are ours to keep whole here; other files land on their own branches.
                var target = link.Url?.Split('#')[0];
                if (string.IsNullOrEmpty(target) || target.Contains(':', StringComparison.Ordinal))
                    continue;
                var resolved = Path.GetFullPath(Path.Join(Path.GetDirectoryName(page), target));
                var docs = Path.Join(root, "docs") + Path.DirectorySeparatorChar;
                var ours = resolved.StartsWith(docs, StringComparison.Ordinal) || resolved == Path.Join(root, "README.md");
                if (ours && !File.Exists(resolved))
                    broken.Add($"{Path.GetRelativePath(root, page)}:{link.Line + 1}: {link.Url}");
            }
        }

        Assert.True(broken.Count == 0, "links to missing pages:\n" + string.Join('\n', broken));
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private sealed record Snippet(string Id, string Code);

    private static IEnumerable<string> Pages(string root) =>
        new[] { Path.Join(root, "README.md") }.Concat(Directory.GetFiles(Path.Join(root, "docs"), "*.md").Order(StringComparer.Ordinal));

    private static IEnumerable<Snippet> Find()
    {
        var root = RepositoryRoot();
        foreach (var page in Pages(root))
        {
            var relative = Path.GetRelativePath(root, page).Replace('\\', '/');
            var document = Markdown.Parse(File.ReadAllText(page), Pipeline);
            foreach (var block in document.Descendants<FencedCodeBlock>())
            {
                if (block.Info is not ("csharp" or "cs" or "c#"))
                    continue;
                var code = block.Lines.ToString();
                if (code.TrimStart().StartsWith(FragmentMarker, StringComparison.Ordinal))
                    continue;
                yield return new Snippet($"{relative}:{block.Line + 1}", code);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Join(dir.FullName, "Lark.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Lark.sln not found above " + AppContext.BaseDirectory);
    }

    // The shared frameworks the tests run on (.NET and ASP.NET Core, for the emulator's types), plus the libraries a
    // snippet may use: Lark.Resources, System.Reactive (Sample, Subscribe), the emulator and the fake clock.
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.StartsWith(shared + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var libraries = new[]
        {
            typeof(Lark.Resources.Shell.LarkClient).Assembly.Location,
            typeof(Lark.Resources.Export.Shell.LarkExport).Assembly.Location,
            typeof(System.Reactive.Linq.Observable).Assembly.Location,
            typeof(Lark.Emulator.LarkEmulator).Assembly.Location,
            typeof(Microsoft.Extensions.Time.Testing.FakeTimeProvider).Assembly.Location,
        };
        return [.. framework.Concat(libraries).Distinct(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
