using System.Text.Json.Nodes;

namespace Lark.Resources.Properties.Messages;

/// <summary>A generated post: its content JSON and every (key, is-image) it names.</summary>
public sealed record GeneratedPost(string Json, IReadOnlyList<(string Key, bool IsImage)> Named)
{
    public override string ToString() => Json;
}

/// <summary>Posts as Lark sends them: paragraphs of text, links, mentions, images and videos, under a locale wrapper or none.</summary>
public static class PostGenerators
{
    private static readonly Gen<string> ImageKey = Gen.Choose(0, 12).Select(i => $"img_v3_{i:00}");
    private static readonly Gen<string> FileKeyGen = Gen.Choose(0, 12).Select(i => $"file_v3_{i:00}");

    private static readonly Gen<(JsonObject Node, (string, bool)[] Named)> Element = Gen.OneOf(
        Gen.Elements("hello", "周报", "").Select(t => (new JsonObject { ["tag"] = "text", ["text"] = t }, Array.Empty<(string, bool)>())),
        Gen.Constant((new JsonObject { ["tag"] = "a", ["text"] = "link", ["href"] = "https://example.invalid/" }, Array.Empty<(string, bool)>())),
        Gen.Constant((new JsonObject { ["tag"] = "at", ["user_id"] = "ou_x" }, Array.Empty<(string, bool)>())),
        Gen.Constant((new JsonObject { ["tag"] = "emotion", ["emoji_type"] = "SMILE" }, Array.Empty<(string, bool)>())),
        ImageKey.Select(k => (new JsonObject { ["tag"] = "img", ["image_key"] = k, ["width"] = 10 }, new[] { (k, true) })),
        FileKeyGen.SelectMany(file => ImageKey.SelectMany(cover => Gen.Elements(true, false).Select(withCover =>
        {
            var node = new JsonObject { ["tag"] = "media", ["file_key"] = file };
            if (!withCover)
                return (node, new[] { (file, false) });
            node["image_key"] = cover;
            return (node, new[] { (file, false), (cover, true) });
        }))));

    private static readonly Gen<(JsonObject Body, (string, bool)[] Named)> Body =
        Element.ListOf().ListOf().Select(paragraphs =>
        {
            var content = new JsonArray([.. paragraphs.Select(p => (JsonNode)new JsonArray([.. p.Select(e => (JsonNode)e.Node.DeepClone())]))]);
            return (new JsonObject { ["title"] = "t", ["content"] = content }, paragraphs.SelectMany(p => p.SelectMany(e => e.Named)).ToArray());
        });

    /// <summary>A post, bare or wrapped in one or two locales (each with its own body).</summary>
    public static readonly Gen<GeneratedPost> Post =
        Gen.Choose(0, 2).SelectMany(locales => Body.ListOf(Math.Max(1, locales)).Select(bodies =>
        {
            if (locales == 0)
                return new GeneratedPost(bodies[0].Body.ToJsonString(), bodies[0].Named);
            var root = new JsonObject();
            string[] names = ["zh_cn", "en_us"];
            for (var i = 0; i < bodies.Count; i++)
                root[names[i]] = bodies[i].Body;
            return new GeneratedPost(root.ToJsonString(), [.. bodies.SelectMany(b => b.Named)]);
        }));

    /// <summary>Any JSON value, nested a few levels, with keys Lark content uses.</summary>
    public static readonly Gen<string> AnyJson = Gen.Sized(size => Node(Math.Min(size, 6))).Select(n => n?.ToJsonString() ?? "null");

    private static Gen<JsonNode?> Node(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements("img", "media", "img_x", "file_x", "a/b", "..", "", "\u202E").Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Choose(-5, 5).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)));
        if (depth <= 0)
            return leaf;
        var name = Gen.Elements("tag", "image_key", "file_key", "file_name", "content", "zh_cn", "img_key", "x");
        var obj = Gen.Zip(name, Node(depth - 1), (k, v) => (k, v)).ListOf(3).Select(ps =>
        {
            var o = new JsonObject();
            foreach (var (k, v) in ps)
                o[k] = v?.DeepClone();
            return (JsonNode?)o;
        });
        var arr = Node(depth - 1).ListOf(3).Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        return Gen.OneOf(leaf, obj, arr);
    }
}
