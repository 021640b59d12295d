using System.Reflection;
using System.Runtime.CompilerServices;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.PublicApi;

/// <summary>
/// The library's public surface, tracked: every public type and member of Lark.Resources, one line each, must match
/// <c>PublicApi.approved.txt</c>. A change to the surface shows up in review as a change to that file. After an
/// intended change, run the tests once with <c>LARK_APPROVE_PUBLIC_API=1</c> to rewrite it, and read the diff.
/// </summary>
public class PublicApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Public_surface_matches_the_approved_file()
    {
        var approvedPath = ApprovedPath();
        var actual = Describe(typeof(ChunkPlan).Assembly);
        if (Environment.GetEnvironmentVariable("LARK_APPROVE_PUBLIC_API") == "1")
            File.WriteAllText(approvedPath, actual);

        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
        var added = actual.Split('\n').Except(approved.Split('\n')).ToArray();
        var removed = approved.Split('\n').Except(actual.Split('\n')).ToArray();
        Assert.True(added.Length == 0 && removed.Length == 0,
            $"the public API changed (rerun with LARK_APPROVE_PUBLIC_API=1 if intended):\n+ {string.Join("\n+ ", added)}\n- {string.Join("\n- ", removed)}");
    }

    private static string ApprovedPath([CallerFilePath] string here = "") => Path.Join(Path.GetDirectoryName(here), "PublicApi.approved.txt");

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var name = type.FullName!.Replace('+', '.');
            lines.Add($"{Kind(type)} {name}");
            foreach (var member in type.GetMembers(Declared))
            {
                if (member is MethodInfo { IsSpecialName: true } || member is Type)
                    continue; // accessors are listed through their properties and events; nested types on their own
                if (type.IsEnum && member is FieldInfo { IsSpecialName: true })
                    continue;
                lines.Add($"{name}: {member.MemberType} {member}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
}
