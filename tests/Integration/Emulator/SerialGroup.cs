namespace Lark.Resources.Integration.Emulator;

/// <summary>Tests that measure process-wide memory run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialGroup
{
    public const string Name = "Emulator serial";
}
