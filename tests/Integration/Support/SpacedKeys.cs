using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Support;

/// <summary>
/// Two messages whose content names their keys with stray spaces, as a sender's JSON may: a post with one image
/// key written twice (" k" and "k "), and a file whose key is padded on both sides. Lark serves them by the bare key.
/// </summary>
internal static class SpacedKeys
{
    public const string PostId = "om_demo_spaced_post";
    public const string FileId = "om_demo_spaced_file";
    public const string ImageKey = "img_v3_demo_spaced";
    public const string FileKey = "file_v3_demo_spaced";

    public static void AddTo(EmulatorFixture fixture)
    {
        fixture.Messages.Add(new FixtureMessage
        {
            MessageId = PostId, ChatId = DemoData.ChatId, MsgType = "post",
            Content = new JsonObject
            {
                ["zh_cn"] = new JsonObject
                {
                    ["title"] = "spaced",
                    ["content"] = new JsonArray(new JsonArray(
                        new JsonObject { ["tag"] = "img", ["image_key"] = " " + ImageKey },
                        new JsonObject { ["tag"] = "img", ["image_key"] = ImageKey + " " })),
                },
            },
        });
        fixture.Messages.Add(new FixtureMessage { MessageId = FileId, ChatId = DemoData.ChatId, MsgType = "file", Content = new JsonObject { ["file_key"] = " " + FileKey + " ", ["file_name"] = "spaced.txt" } });
        fixture.Resources.Add(new FixtureResource { MessageId = PostId, FileKey = ImageKey, Type = ResourceType.Image, ContentType = "image/png", Base64 = Convert.ToBase64String(DemoData.GradientPng.Span) });
        fixture.Resources.Add(new FixtureResource { MessageId = FileId, FileKey = FileKey, Seed = 77, Size = 3000 });
    }
}
