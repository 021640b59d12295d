namespace Lark.Resources.Rules.Errors;

/// <summary>
/// A front end's words for inputs and terms: the CLI names flags and commands, the MCP server tool arguments, the
/// library its properties. A <see cref="Wording"/> is rendered with one of these; the library's texts hold none.
/// </summary>
public abstract class Vocabulary
{
    /// <summary>How this front end names <paramref name="field"/> (a flag, a tool argument, a property).</summary>
    public abstract string Input(InputField field);

    /// <summary>How this front end words <paramref name="term"/>.</summary>
    public abstract string Words(Term term);
}
