using System.Text.Json;
using System.Text.Json.Serialization;
using Lark.Emulator.Faults;

namespace Lark.Emulator.Fixtures;

/// <summary>
/// Everything the emulator serves. Loaded from camelCase JSON by the program (<c>--data FILE</c>) or
/// built in code by tests. Treat it as read-only once an emulator has started from it.
/// </summary>
public sealed class EmulatorFixture
{
    /// <summary>Apps that can get tokens.</summary>
    public IList<FixtureApp> Apps { get; init; } = [];

    /// <summary>Users that can log in through the device flow; the first is the one auto-approval picks.</summary>
    public IList<FixtureUser> Users { get; init; } = [];

    /// <summary>Chats the messages live in.</summary>
    public IList<FixtureChat> Chats { get; init; } = [];

    /// <summary>Messages, including the children of merge-forwards.</summary>
    public IList<FixtureMessage> Messages { get; init; } = [];

    /// <summary>Downloadable resources, each tied to one message.</summary>
    public IList<FixtureResource> Resources { get; init; } = [];

    /// <summary>Fault rules active from the start (tests can add more through <see cref="LarkEmulator.Faults"/>).</summary>
    public IList<FaultRule> Faults { get; init; } = [];

    /// <summary>Latency and bandwidth from the start; <see langword="null"/> for an unshaped network.</summary>
    public FixtureNetwork? Network { get; init; }

    /// <summary>The JSON options the fixture format uses: camelCase names, camelCase enum strings.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a fixture from JSON text.</summary>
    /// <exception cref="JsonException">The text is not a valid fixture.</exception>
    public static EmulatorFixture FromJson(string json) =>
        JsonSerializer.Deserialize<EmulatorFixture>(json, JsonOptions)
        ?? throw new JsonException("The fixture is JSON null.");

    /// <summary>
    /// Reads a fixture from a file. Relative resource paths are resolved against the file's folder. The content is
    /// not checked here: see <see cref="Validate"/>.
    /// </summary>
    /// <exception cref="JsonException">The text is not a valid fixture.</exception>
    public static EmulatorFixture Load(string path)
    {
        var fixture = FromJson(File.ReadAllText(path));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var resource in fixture.Resources ?? [])
        {
            // Null entries and lists are left for Validate to name.
            if (resource?.Path is { } p && !System.IO.Path.IsPathRooted(p))
            {
                resource.Path = System.IO.Path.Combine(folder, p);
            }
        }

        return fixture;
    }

    /// <summary>
    /// Checks that the fixture can be served: ids and keys unique, every resource's message and every
    /// <c>upperMessageId</c> present, enum values defined, sizes and counts not negative. <see cref="LarkEmulator.StartAsync"/>
    /// calls it too.
    /// </summary>
    /// <exception cref="InvalidFixtureException">Something is wrong; the message names every offending entry.</exception>
    public void Validate()
    {
        var problems = FixtureValidator.Problems(this);
        if (problems.Count > 0)
        {
            throw new InvalidFixtureException(problems);
        }
    }

    /// <summary>Writes the fixture as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
